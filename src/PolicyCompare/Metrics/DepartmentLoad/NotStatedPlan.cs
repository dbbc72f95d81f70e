namespace PolicyCompare.Metrics.DepartmentLoad;

/// <summary>A plan that names no responsible department for any task: its department figures are "not stated", not zero.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="TaskCount">Its tasks.</param>
public sealed record NotStatedPlan(PlanReference Plan, int TaskCount);
