using PolicyCompare.Documents;

namespace PolicyCompare.Charts;

/// <summary>One plan's numeric target for a metric, placed at the plan's year.</summary>
/// <param name="PlanLabel">Plan shown in the legend, e.g. "荆门市 2017".</param>
/// <param name="Year">The plan's year (x position).</param>
/// <param name="Value">The target value, or the lower end of a range.</param>
/// <param name="UpperValue">Upper end of a range target; drawn as a vertical bar from <paramref name="Value"/>.</param>
/// <param name="Comparator">How the target is stated (≥, ≤, =, ≈, range); sets the marker shape.</param>
/// <param name="Scope">Who the target covers when stated (e.g. 重点人群); printed next to the mark.</param>
/// <param name="DeadlineYear">Year the target is due, when stated; printed next to the mark.</param>
public sealed record TargetMark(
    string PlanLabel,
    int Year,
    double Value,
    double? UpperValue,
    TargetComparator Comparator,
    string? Scope,
    int? DeadlineYear);
