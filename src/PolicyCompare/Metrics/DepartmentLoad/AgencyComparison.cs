namespace PolicyCompare.Metrics.DepartmentLoad;

/// <summary>
/// One agency in one plan, for comparing the same canonical agency across regions. Every agency gets a row for every
/// plan that states departments, with zeros where the plan does not name it; plans that state none get no row.
/// </summary>
/// <param name="AgencyKey">Agency key.</param>
/// <param name="AgencyName">Display name.</param>
/// <param name="Plan">The plan.</param>
/// <param name="Led">Tasks led.</param>
/// <param name="TasksInvolved">Tasks naming the agency in any role.</param>
/// <param name="StatedTaskCount">The plan's tasks that name departments.</param>
/// <param name="LeadShare">Led / StatedTaskCount.</param>
/// <param name="InvolvementShare">TasksInvolved / StatedTaskCount.</param>
/// <param name="LoadPerTask">Weighted load / StatedTaskCount.</param>
public sealed record AgencyComparison(
    string AgencyKey,
    string AgencyName,
    PlanReference Plan,
    int Led,
    int TasksInvolved,
    int StatedTaskCount,
    double LeadShare,
    double InvolvementShare,
    double LoadPerTask);
