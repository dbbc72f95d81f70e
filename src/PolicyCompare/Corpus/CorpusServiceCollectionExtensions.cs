using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PolicyCompare.Corpus;

/// <summary>Registers the corpus loading stage.</summary>
internal static class CorpusServiceCollectionExtensions
{
    /// <summary>Adds <see cref="ICorpusLoader"/> (<see cref="FileCorpusLoader"/>) and validated <see cref="CorpusOptions"/>; needs an <see cref="Parsing.IPlanParser"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection.</returns>
    internal static IServiceCollection AddCorpusStage(this IServiceCollection services)
    {
        services.AddOptions<CorpusOptions>().ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<ICorpusLoader, FileCorpusLoader>();
        return services;
    }
}
