using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PolicyCompare.Parsing;

/// <summary>Registers the parsing stage.</summary>
internal static class ParsingServiceCollectionExtensions
{
    /// <summary>Adds <see cref="IPlanParser"/> (<see cref="PlanParser"/>) and validated <see cref="ParsingOptions"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Optional option overrides.</param>
    /// <returns>The same collection.</returns>
    internal static IServiceCollection AddParsingStage(this IServiceCollection services, Action<ParsingOptions>? configure = null)
    {
        var builder = services.AddOptions<ParsingOptions>().ValidateDataAnnotations().ValidateOnStart();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        services.TryAddSingleton<IPlanParser, PlanParser>();
        return services;
    }
}
