namespace PolicyCompare.Metrics.Coverage;

/// <summary>Coverage summary of one plan.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="TaskCount">All tasks of the plan.</param>
/// <param name="AssignedTaskCount">Tasks with a focus topic (the denominator of shares).</param>
/// <param name="TopicsCovered">Topics that are the focus of at least one of the plan's tasks ("focus" coverage).</param>
/// <param name="TopicCount">All topics of the corpus.</param>
/// <param name="CoveredFraction">TopicsCovered / TopicCount; NaN when there are no topics.</param>
/// <param name="UniqueTopics">Ids of topics this plan addresses and no other plan addresses, in column order.</param>
/// <param name="Gaps">Topics no text of the plan addresses while at least k other plans do (see <see cref="CoverageGap"/>), in column order.</param>
/// <param name="Diversity">Entropy, effective number of topics and Herfindahl index of the plan's focus-topic shares.</param>
public sealed record RegionCoverage(
    PlanReference Plan,
    int TaskCount,
    int AssignedTaskCount,
    int TopicsCovered,
    int TopicCount,
    double CoveredFraction,
    IReadOnlyList<string> UniqueTopics,
    IReadOnlyList<CoverageGap> Gaps,
    AgendaDiversity Diversity)
{
    /// <summary>Topics at least one task of the plan addresses, as focus or in a passage ("addressed" coverage, ≥ TopicsCovered).</summary>
    public int TopicsAddressed { get; init; } = TopicsCovered;

    /// <summary>TopicsAddressed / TopicCount; NaN when there are no topics.</summary>
    public double AddressedFraction => TopicCount == 0 ? double.NaN : (double)TopicsAddressed / TopicCount;

    /// <summary>Topics that would be gaps but only later plans address them, in column order.</summary>
    public IReadOnlyList<NotYetOnAgenda> NotYetOnAgenda { get; init; } = [];
}
