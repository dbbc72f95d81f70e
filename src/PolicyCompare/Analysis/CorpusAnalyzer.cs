using Microsoft.Extensions.Options;
using PolicyCompare.Alignment;
using PolicyCompare.Corpus;
using PolicyCompare.Embeddings;
using PolicyCompare.Metrics;
using PolicyCompare.Metrics.Coverage;
using PolicyCompare.Metrics.DepartmentLoad;
using PolicyCompare.Metrics.TargetDrift;

namespace PolicyCompare.Analysis;

/// <summary>Default <see cref="ICorpusAnalyzer"/>: runs the three measures.</summary>
/// <param name="memberships">Finds every topic each task addresses.</param>
/// <param name="coverage">Coverage measure.</param>
/// <param name="targetDrift">Target drift measure.</param>
/// <param name="departmentLoad">Department load measure.</param>
/// <param name="options">Metrics options, recorded in <see cref="CorpusAnalysis.Settings"/>.</param>
public sealed class CorpusAnalyzer(
    ITopicMembershipEstimator memberships,
    ICoverageAnalyzer coverage,
    ITargetDriftAnalyzer targetDrift,
    IDepartmentLoadAnalyzer departmentLoad,
    IOptions<MetricsOptions> options) : ICorpusAnalyzer
{
    /// <inheritdoc />
    public async Task<CorpusAnalysis> AnalyzeAsync(PolicyCorpus corpus, CorpusTopics topics, CorpusEmbedding embedding, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(embedding);
        var membership = memberships.Estimate(corpus, topics);
        var coverageResult = coverage.Analyze(corpus, topics, membership);
        var drift = await targetDrift.AnalyzeAsync(corpus, topics, embedding, cancellationToken).ConfigureAwait(false);
        var load = departmentLoad.Analyze(corpus);
        var settings = AnalysisSettings.From(options.Value, topics.Method, embedding.Tasks.EmbedderName);
        return new CorpusAnalysis(corpus, topics, settings, coverageResult, drift, load) { Embedding = embedding, Memberships = membership };
    }
}
