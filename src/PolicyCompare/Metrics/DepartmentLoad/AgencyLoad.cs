namespace PolicyCompare.Metrics.DepartmentLoad;

/// <summary>
/// The responsibilities of one agency in one plan. An agency named several times on a task counts once, in its
/// strongest role (lead, then co, then participate).
/// </summary>
/// <param name="Plan">The plan.</param>
/// <param name="AgencyKey">Canonical agency key, or the name as written when no alias matched.</param>
/// <param name="AgencyName">Canonical display name, or the name as written.</param>
/// <param name="Led">Tasks the agency leads.</param>
/// <param name="Co">Tasks it is co-responsible for.</param>
/// <param name="Participating">Tasks it participates in.</param>
/// <param name="TasksInvolved">Led + Co + Participating.</param>
/// <param name="StatedTaskCount">The plan's tasks that name at least one department (the denominator).</param>
/// <param name="InvolvementShare">TasksInvolved / StatedTaskCount.</param>
/// <param name="LeadShare">Led / StatedTaskCount.</param>
/// <param name="WeightedLoad">w_lead·Led + w_co·Co + w_participate·Participating.</param>
/// <param name="LoadPerTask">WeightedLoad / StatedTaskCount, comparable across plans of different length.</param>
/// <param name="LoadShare">WeightedLoad / the sum of all agencies' weighted loads in the plan.</param>
public sealed record AgencyLoad(
    PlanReference Plan,
    string AgencyKey,
    string AgencyName,
    int Led,
    int Co,
    int Participating,
    int TasksInvolved,
    int StatedTaskCount,
    double InvolvementShare,
    double LeadShare,
    double WeightedLoad,
    double LoadPerTask,
    double LoadShare)
{
    /// <summary>Of <see cref="Led"/>, the tasks it leads only because the plan's own rule makes the first listed the lead.</summary>
    public int LedByPlanRule { get; init; }

    /// <summary>
    /// Of <see cref="Led"/>, the tasks it leads only by the first-listed convention (no 牵头 mark and no rule stated by
    /// the plan); the rest of <see cref="Led"/> is marked 牵头 or follows the plan's rule.
    /// </summary>
    public int LedByConvention { get; init; }
}
