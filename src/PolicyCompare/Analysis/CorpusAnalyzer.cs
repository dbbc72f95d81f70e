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
/// <param name="progress">
/// Told the step <c>measures</c>: 0 of <see cref="MeasureCount"/> before the first, then one unit after each of topic
/// memberships, coverage, target drift and department load; or null.
/// </param>
public sealed class CorpusAnalyzer(
    ITopicMembershipEstimator memberships,
    ICoverageAnalyzer coverage,
    ITargetDriftAnalyzer targetDrift,
    IDepartmentLoadAnalyzer departmentLoad,
    IOptions<MetricsOptions> options,
    IProgress<WorkProgress>? progress = null) : ICorpusAnalyzer
{
    /// <summary>The units of the <c>measures</c> step: memberships, coverage, target drift, department load.</summary>
    public const int MeasureCount = 4;

    /// <inheritdoc />
    public async Task<CorpusAnalysis> AnalyzeAsync(PolicyCorpus corpus, CorpusTopics topics, CorpusEmbedding embedding, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(embedding);
        Measured(0);
        var membership = memberships.Estimate(corpus, topics, cancellationToken);
        Measured(1);
        var coverageResult = coverage.Analyze(corpus, topics, membership);
        Measured(2);
        var drift = await targetDrift.AnalyzeAsync(corpus, topics, embedding, cancellationToken).ConfigureAwait(false);
        Measured(3);
        var load = departmentLoad.Analyze(corpus);
        Measured(4);
        var settings = AnalysisSettings.From(options.Value, topics.Method, embedding.Tasks.EmbedderName);
        return new CorpusAnalysis(corpus, topics, settings, coverageResult, drift, load) { Embedding = embedding, Memberships = membership };
    }

    private void Measured(int done) => progress?.Report(new WorkProgress("measures", done, MeasureCount));
}
