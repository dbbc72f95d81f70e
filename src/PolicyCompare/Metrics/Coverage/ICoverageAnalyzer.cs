using PolicyCompare.Alignment;
using PolicyCompare.Corpus;

namespace PolicyCompare.Metrics.Coverage;

/// <summary>Computes topic coverage: the region × topic matrix, gaps, similarity and agenda diversity.</summary>
public interface ICoverageAnalyzer
{
    /// <summary>Computes coverage.</summary>
    /// <param name="corpus">The plans.</param>
    /// <param name="topics">The topics of the same corpus.</param>
    /// <returns>The coverage result.</returns>
    /// <exception cref="PolicyCompareException">Topics and corpus disagree (a member task that is not in the corpus…).</exception>
    CoverageResult Analyze(PolicyCorpus corpus, CorpusTopics topics);
}
