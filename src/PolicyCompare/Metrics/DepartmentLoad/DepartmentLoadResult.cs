namespace PolicyCompare.Metrics.DepartmentLoad;

/// <summary>Department load of a corpus.</summary>
/// <param name="Weights">The role weights used.</param>
/// <param name="Loads">Per plan and agency: plans by year then id, agencies by weighted load (descending) then key.</param>
/// <param name="Concentration">Per plan that states departments, in plan order.</param>
/// <param name="PlanEdges">Co-responsibility edges per plan: plan order, then count (descending), then keys.</param>
/// <param name="OverallEdges">Edges pooled over all plans (counts summed): count (descending), then keys.</param>
/// <param name="Comparison">Every agency × every stated plan: agencies by number of plans naming them (descending) then key, plans in order.</param>
/// <param name="UniqueAgencies">Agencies named by exactly one plan: plan order, then key.</param>
/// <param name="NotStated">Plans that name no department for any task: excluded from every denominator above, never shown as zeros.</param>
public sealed record DepartmentLoadResult(
    LoadWeights Weights,
    IReadOnlyList<AgencyLoad> Loads,
    IReadOnlyList<ResponsibilityConcentration> Concentration,
    IReadOnlyList<CoResponsibilityEdge> PlanEdges,
    IReadOnlyList<CoResponsibilityEdge> OverallEdges,
    IReadOnlyList<AgencyComparison> Comparison,
    IReadOnlyList<UniqueAgency> UniqueAgencies,
    IReadOnlyList<NotStatedPlan> NotStated);
