using System.ComponentModel.DataAnnotations;

namespace PolicyCompare.Alignment;

/// <summary>Options of multi-topic membership (<see cref="PassageTopicMembershipEstimator"/>).</summary>
/// <remarks>
/// The defaults were chosen by measuring coverage-gap precision and recall on the development labels
/// (tests/…/TestData/dev-addressed.tsv; thresholds 0.15–0.5, topic words 10/20/30/50/all, windows of 1–3 clauses):
/// 0.25 with 20 topic words and windows of 2 clauses gave the best gap F1 (precision 0.538, recall 0.700, against
/// 0.500 / 0.700 with focus topics alone); below 0.2 further memberships swamp the gaps (recall 0.2–0.5), above 0.3
/// they are too few to remove the false gaps.
/// </remarks>
public sealed class MembershipOptions
{
    /// <summary>
    /// The passage score (cosine of class-based TF-IDF vectors) a passage needs for its task to address a further topic.
    /// </summary>
    /// <value>The default value is 0.25.</value>
    [Range(0.0, 1.0)]
    public double Threshold { get; set; } = 0.25;

    /// <summary>Longest run of consecutive clauses of one sentence scored as one passage (the window of BERTopic's approximate_distribution, in clauses).</summary>
    /// <value>The default value is 2.</value>
    [Range(1, 10)]
    public int MaxClausesPerPassage { get; set; } = 2;

    /// <summary>Fewest topic words a passage must contain to be scored: a single shared word is not evidence.</summary>
    /// <value>The default value is 2.</value>
    [Range(1, 20)]
    public int MinPassageWords { get; set; } = 2;

    /// <summary>
    /// Words kept in a topic's vector: its top words by class-based TF-IDF, as BERTopic represents a topic by its top
    /// n words. Generic words shared by every topic then carry no score; null keeps every word.
    /// </summary>
    /// <value>The default value is 20.</value>
    [Range(1, 10000)]
    public int? TopicWordCount { get; set; } = 20;

    /// <summary>Upper bound on threads scoring tasks' passages; results do not depend on it.</summary>
    /// <value>The default value is -1 (as many as the runtime chooses).</value>
    [Range(-1, 1024)]
    public int MaxDegreeOfParallelism { get; set; } = -1;

    /// <summary>Checks the options.</summary>
    /// <exception cref="ValidationException">A value is out of range.</exception>
    public void Validate()
    {
        Validator.ValidateObject(this, new ValidationContext(this), validateAllProperties: true);
        if (MaxDegreeOfParallelism == 0)
        {
            throw new ValidationException("MembershipOptions.MaxDegreeOfParallelism must be -1 or positive.");
        }
    }
}
