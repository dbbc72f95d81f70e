namespace PolicyCompare.Metrics.DepartmentLoad;

/// <summary>How concentrated responsibility is in one plan.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="TaskCount">All tasks of the plan.</param>
/// <param name="StatedTaskCount">Tasks naming at least one department.</param>
/// <param name="AgencyCount">Distinct agencies named.</param>
/// <param name="Herfindahl">Σ of squared load shares over agencies (1/AgencyCount when even, 1 when one agency carries everything).</param>
/// <param name="Gini">Gini coefficient of the agencies' weighted loads.</param>
/// <param name="LeadAgencyKey">The agency leading the most tasks (ties: larger weighted load, then ordinal key); null when no task has a lead.</param>
/// <param name="LeadAgencyName">Its display name.</param>
/// <param name="LeadAgencyShare">Tasks it leads / StatedTaskCount; NaN when there is no lead agency.</param>
/// <param name="TopLoadAgencyKey">The agency with the largest weighted load (ties: ordinal key).</param>
/// <param name="TopLoadShare">Its share of the plan's total weighted load.</param>
public sealed record ResponsibilityConcentration(
    PlanReference Plan,
    int TaskCount,
    int StatedTaskCount,
    int AgencyCount,
    double Herfindahl,
    double Gini,
    string? LeadAgencyKey,
    string? LeadAgencyName,
    double LeadAgencyShare,
    string? TopLoadAgencyKey,
    double TopLoadShare);
