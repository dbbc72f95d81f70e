namespace PolicyCompare.Metrics.TargetDrift;

/// <summary>A change over time within one region: its earliest and latest dated plans stating the metric for one population.</summary>
/// <param name="Region">The place: the region, or the user-declared series (plans of one place are one place over time).</param>
/// <param name="Earliest">The first point of the region's earliest plan year.</param>
/// <param name="Latest">The first point of the region's latest plan year.</param>
/// <param name="Change">Latest.Value − Earliest.Value.</param>
/// <param name="ChangePerYear">Change / (latest year − earliest year).</param>
public sealed record RegionTrend(string Region, TargetPoint Earliest, TargetPoint Latest, double Change, double ChangePerYear);
