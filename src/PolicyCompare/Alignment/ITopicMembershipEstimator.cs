using PolicyCompare.Corpus;

namespace PolicyCompare.Alignment;

/// <summary>Finds every topic each task addresses, beyond its focus topic, with the passage that carries it.</summary>
public interface ITopicMembershipEstimator
{
    /// <summary>Estimates the memberships.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="topics">Its topics (each task's focus topic).</param>
    /// <returns>Focus and further memberships.</returns>
    /// <exception cref="PolicyCompareException">The topics name a task the corpus does not have.</exception>
    TopicMemberships Estimate(PolicyCorpus corpus, CorpusTopics topics);

    /// <summary>Estimates the memberships, stopping when <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="topics">Its topics (each task's focus topic).</param>
    /// <param name="cancellationToken">Cancels the work; an estimator that cannot stop part-way checks it once, first.</param>
    /// <returns>Focus and further memberships.</returns>
    /// <exception cref="PolicyCompareException">The topics name a task the corpus does not have.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    TopicMemberships Estimate(PolicyCorpus corpus, CorpusTopics topics, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Estimate(corpus, topics);
    }
}
