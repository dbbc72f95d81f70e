using PolicyCompare.Alignment;
using PolicyCompare.Corpus;
using PolicyCompare.Embeddings;
using PolicyCompare.Metrics.Coverage;
using PolicyCompare.Metrics.DepartmentLoad;
using PolicyCompare.Metrics.TargetDrift;

namespace PolicyCompare.Analysis;

/// <summary>Everything measured on a corpus: coverage, target drift and department load, with their inputs.</summary>
/// <param name="Corpus">The plans.</param>
/// <param name="Topics">The topics the measures use.</param>
/// <param name="Settings">The settings used.</param>
/// <param name="Coverage">Topic coverage.</param>
/// <param name="TargetDrift">Target and emphasis drift.</param>
/// <param name="DepartmentLoad">Department load.</param>
public sealed record CorpusAnalysis(
    PolicyCorpus Corpus,
    CorpusTopics Topics,
    AnalysisSettings Settings,
    CoverageResult Coverage,
    TargetDriftResult TargetDrift,
    DepartmentLoadResult DepartmentLoad)
{
    /// <summary>The task vectors the topics and drift measures were computed from, and the generator that made them.</summary>
    public required CorpusEmbedding Embedding { get; init; }

    /// <summary>Every topic each task addresses (focus and further topics, with the passages that carry them); coverage and gaps use them.</summary>
    public TopicMemberships Memberships { get; init; } = TopicMemberships.FocusOnly(Topics);
}
