using PolicyCompare.Metrics;

namespace PolicyCompare.Analysis;

/// <summary>The settings an analysis was computed with, for the methods section of a report.</summary>
/// <param name="GapThreshold">k for coverage gaps.</param>
/// <param name="LeadWeight">Load weight of a led task.</param>
/// <param name="CoWeight">Load weight of a co-responsible task.</param>
/// <param name="ParticipateWeight">Load weight of a participating task.</param>
/// <param name="MetricSimilarityThreshold">Cosine needed to merge target groups sharing a topic.</param>
/// <param name="CrossTopicMetricSimilarityThreshold">Cosine needed to merge target groups sharing no topic.</param>
/// <param name="TargetContextCharacters">Characters of nearby text embedded with a target phrase.</param>
/// <param name="TopTermCount">Rising and falling terms reported per topic and year pair.</param>
/// <param name="TopicMethod">How the topics were found.</param>
/// <param name="EmbedderName">The task embedder.</param>
public sealed record AnalysisSettings(
    int GapThreshold,
    double LeadWeight,
    double CoWeight,
    double ParticipateWeight,
    double MetricSimilarityThreshold,
    double CrossTopicMetricSimilarityThreshold,
    int TargetContextCharacters,
    int TopTermCount,
    string TopicMethod,
    string EmbedderName)
{
    internal static AnalysisSettings From(MetricsOptions options, string topicMethod, string embedderName) => new(
        options.GapThreshold,
        options.LeadWeight,
        options.CoWeight,
        options.ParticipateWeight,
        options.MetricSimilarityThreshold,
        options.CrossTopicMetricSimilarityThreshold,
        options.TargetContextCharacters,
        options.TopTermCount,
        topicMethod,
        embedderName);
}
