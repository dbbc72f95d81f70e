using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PolicyCompare.Parsing;

namespace PolicyCompare.Corpus;

/// <summary>Registers the corpus loading stage.</summary>
internal static class CorpusServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ICorpusLoader"/> (<see cref="FileCorpusLoader"/>, told the registered
    /// <see cref="IProgress{T}"/> of <see cref="WorkProgress"/> if any) and validated <see cref="CorpusOptions"/>; needs an
    /// <see cref="IPlanParser"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection.</returns>
    internal static IServiceCollection AddCorpusStage(this IServiceCollection services)
    {
        services.AddOptions<CorpusOptions>().ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<ICorpusLoader>(sp => new FileCorpusLoader(
            sp.GetRequiredService<IPlanParser>(),
            sp.GetRequiredService<IOptions<CorpusOptions>>(),
            sp.GetService<IProgress<WorkProgress>>()));
        return services;
    }
}
