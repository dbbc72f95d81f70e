namespace PolicyCompare.Metrics.Coverage;

/// <summary>A topic as a column of the coverage matrix.</summary>
/// <param name="TopicId">The topic id.</param>
/// <param name="Label">The topic's readable label.</param>
/// <param name="PlanCount">Number of plans with at least one task in the topic.</param>
/// <param name="TaskCount">Tasks in the topic across all plans.</param>
public sealed record CoverageTopicColumn(string TopicId, string Label, int PlanCount, int TaskCount);
