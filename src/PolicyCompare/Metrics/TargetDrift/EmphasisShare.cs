namespace PolicyCompare.Metrics.TargetDrift;

/// <summary>A topic's share of the agenda in one plan year (all plans of that year pooled).</summary>
/// <param name="Year">The plan year.</param>
/// <param name="TopicId">The topic.</param>
/// <param name="PlanCount">Plans of that year.</param>
/// <param name="TaskCount">Their tasks in the topic.</param>
/// <param name="AssignedTaskCount">Their tasks assigned to any topic.</param>
/// <param name="Share">TaskCount / AssignedTaskCount; NaN when no task of the year has a topic.</param>
public sealed record EmphasisShare(int Year, string TopicId, int PlanCount, int TaskCount, int AssignedTaskCount, double Share);
