using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PolicyCompare.Alignment;
using PolicyCompare.Metrics;
using PolicyCompare.Metrics.Coverage;
using PolicyCompare.Metrics.DepartmentLoad;
using PolicyCompare.Metrics.TargetDrift;

namespace PolicyCompare.Analysis;

/// <summary>Registers the metrics stage.</summary>
internal static class MetricsStageRegistration
{
    /// <summary>
    /// Adds <see cref="ICorpusAnalyzer"/> and the three measures, with validated <see cref="MetricsOptions"/>.
    /// Needs the <c>ITextSegmenter</c> of the text stage; target phrases are embedded with the generator of the
    /// <see cref="Embeddings.CorpusEmbedding"/> passed to <see cref="ICorpusAnalyzer.AnalyzeAsync"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Optional changes to the default options.</param>
    /// <returns>The same collection.</returns>
    internal static IServiceCollection AddMetricsStage(this IServiceCollection services, Action<MetricsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptions<MetricsOptions>();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        builder.Validate(o => o.Validate().Count == 0, "Invalid MetricsOptions: see MetricsOptions.Validate().");
        services.AddMembershipStage();
        services.TryAddSingleton<ICoverageAnalyzer, CoverageAnalyzer>();
        services.TryAddSingleton<IDepartmentLoadAnalyzer, DepartmentLoadAnalyzer>();
        services.TryAddSingleton<ITargetDriftAnalyzer, TargetDriftAnalyzer>();
        services.TryAddSingleton<ICorpusAnalyzer, CorpusAnalyzer>();
        return services;
    }
}
