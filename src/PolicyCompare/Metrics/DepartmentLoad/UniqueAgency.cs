namespace PolicyCompare.Metrics.DepartmentLoad;

/// <summary>An agency named in exactly one of the plans that state departments (e.g. 海关 in a border region).</summary>
/// <param name="AgencyKey">Agency key.</param>
/// <param name="AgencyName">Display name.</param>
/// <param name="Plan">The only plan naming it.</param>
/// <param name="TasksInvolved">Tasks naming it there.</param>
public sealed record UniqueAgency(string AgencyKey, string AgencyName, PlanReference Plan, int TasksInvolved);
