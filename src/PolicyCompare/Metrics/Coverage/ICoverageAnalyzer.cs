using PolicyCompare.Alignment;
using PolicyCompare.Corpus;

namespace PolicyCompare.Metrics.Coverage;

/// <summary>Computes topic coverage: the region × topic matrix, gaps, similarity and agenda diversity.</summary>
public interface ICoverageAnalyzer
{
    /// <summary>Computes coverage with every topic each task addresses.</summary>
    /// <param name="corpus">The plans.</param>
    /// <param name="topics">The topics of the same corpus (each task's focus topic).</param>
    /// <param name="memberships">Focus and further memberships of the same tasks and topics.</param>
    /// <returns>The coverage result.</returns>
    /// <exception cref="PolicyCompareException">Topics, memberships and corpus disagree (a member task that is not in the corpus…).</exception>
    CoverageResult Analyze(PolicyCorpus corpus, CorpusTopics topics, TopicMemberships memberships);

    /// <summary>Computes coverage from focus topics alone (a task addresses only its focus topic).</summary>
    /// <param name="corpus">The plans.</param>
    /// <param name="topics">The topics of the same corpus.</param>
    /// <returns>The coverage result.</returns>
    /// <exception cref="PolicyCompareException">Topics and corpus disagree.</exception>
    CoverageResult Analyze(PolicyCorpus corpus, CorpusTopics topics) => Analyze(corpus, topics, TopicMemberships.FocusOnly(topics));
}
