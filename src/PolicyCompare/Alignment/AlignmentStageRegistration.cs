using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PolicyCompare.Embeddings;
using PolicyCompare.Text;

namespace PolicyCompare.Alignment;

/// <summary>Registers the alignment stage (and the text and embedding stages it needs).</summary>
internal static class AlignmentStageRegistration
{
    /// <summary>
    /// Adds <see cref="CorpusAligner"/>, <see cref="IPlanMatcher"/>, <see cref="ITopicClusterer"/>, <see cref="ITopicLabeler"/>,
    /// <see cref="ICodebookTopicAssigner"/> and their options, plus the text and embedding stages.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection.</returns>
    internal static IServiceCollection AddAlignmentStage(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddTextStage();
        services.AddOptions<AlignmentOptions>().ValidateDataAnnotations();
        services.AddOptions<TopicOptions>().ValidateDataAnnotations();
        services.AddOptions<CodebookOptions>().ValidateDataAnnotations();
        services.AddEmbeddingStage();
        services.TryAddSingleton<IPlanMatcher, HungarianPlanMatcher>();
        services.TryAddSingleton<ITopicClusterer, AgglomerativeTopicClusterer>();
        services.TryAddSingleton<ITopicLabeler, ClassTfidfTopicLabeler>();
        services.TryAddSingleton<ICodebookTopicAssigner, CodebookTopicAssigner>();
        services.AddMembershipStage();
        services.TryAddSingleton<CorpusAligner>();
        return services;
    }

    /// <summary>Adds <see cref="ITopicMembershipEstimator"/> with validated <see cref="MembershipOptions"/> (needs the text stage).</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection.</returns>
    internal static IServiceCollection AddMembershipStage(this IServiceCollection services)
    {
        services.AddOptions<MembershipOptions>().ValidateDataAnnotations();
        services.TryAddSingleton<ITopicMembershipEstimator, PassageTopicMembershipEstimator>();
        return services;
    }
}
