using Microsoft.Extensions.DependencyInjection.Extensions;
using PolicyCompare.Alignment;
using PolicyCompare.Analysis;
using PolicyCompare.Corpus;
using PolicyCompare.DependencyInjection;
using PolicyCompare.Parsing;

// Extension methods on IServiceCollection live in this namespace so that `services.` finds them without a using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the PolicyCompare pipeline: read → parse → embed → align → measure.</summary>
public static class PolicyCompareServiceCollectionExtensions
{
    /// <summary>
    /// Adds every stage of the pipeline with its default implementation and <see cref="PolicyAnalyzer"/>, the entry point.
    /// Calling it again is harmless. Replace a stage by registering your own implementation of its interface first, or
    /// configure it through the returned builder.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes to the top-level options, or null.</param>
    /// <returns>A builder to configure the stages.</returns>
    public static IPolicyCompareBuilder AddPolicyCompare(this IServiceCollection services, Action<PolicyCompareOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<PolicyCompareOptions>().ValidateDataAnnotations();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddParsingStage();
        services.AddCorpusStage();
        services.AddAlignmentStage();
        services.AddMetricsStage();
        services.TryAddSingleton<PolicyAnalyzer>();
        return new PolicyCompareBuilder(services);
    }
}
