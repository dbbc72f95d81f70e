namespace PolicyCompare.Metrics.Coverage;

/// <summary>A topic as a column of the coverage matrix.</summary>
/// <param name="TopicId">The topic id.</param>
/// <param name="Label">The topic's readable label.</param>
/// <param name="PlanCount">Number of plans with at least one task whose focus is the topic.</param>
/// <param name="TaskCount">Tasks whose focus is the topic, across all plans.</param>
public sealed record CoverageTopicColumn(string TopicId, string Label, int PlanCount, int TaskCount)
{
    /// <summary>Number of plans with at least one task that addresses the topic (≥ PlanCount).</summary>
    public int AddressingPlanCount { get; init; } = PlanCount;

    /// <summary>Tasks that address the topic, across all plans (≥ TaskCount).</summary>
    public int AddressingTaskCount { get; init; } = TaskCount;
}
