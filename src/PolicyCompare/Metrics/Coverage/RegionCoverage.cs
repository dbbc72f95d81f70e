namespace PolicyCompare.Metrics.Coverage;

/// <summary>Coverage summary of one plan.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="TaskCount">All tasks of the plan.</param>
/// <param name="AssignedTaskCount">Tasks assigned to a topic (the denominator of shares).</param>
/// <param name="TopicsCovered">Topics with at least one of the plan's tasks.</param>
/// <param name="TopicCount">All topics of the corpus.</param>
/// <param name="CoveredFraction">TopicsCovered / TopicCount; NaN when there are no topics.</param>
/// <param name="UniqueTopics">Ids of topics no other plan covers, in column order.</param>
/// <param name="Gaps">Topics at least k other plans cover but this plan does not, in column order.</param>
/// <param name="Diversity">Entropy, effective number of topics and Herfindahl index of the plan's topic shares.</param>
public sealed record RegionCoverage(
    PlanReference Plan,
    int TaskCount,
    int AssignedTaskCount,
    int TopicsCovered,
    int TopicCount,
    double CoveredFraction,
    IReadOnlyList<string> UniqueTopics,
    IReadOnlyList<CoverageGap> Gaps,
    AgendaDiversity Diversity);
