namespace PolicyCompare.Metrics.TargetDrift;

/// <summary>The points of one metric for one population, summarized.</summary>
/// <param name="MetricId">The metric.</param>
/// <param name="Population">The population (e.g. 重点人群, 全体).</param>
/// <param name="PointCount">Points in the series.</param>
/// <param name="RegionCount">Distinct regions.</param>
/// <param name="Min">Smallest value across regions (each region's latest plan, first point in text order).</param>
/// <param name="Max">Largest value across regions.</param>
/// <param name="Range">Max − Min.</param>
/// <param name="StandardDeviation">Sample standard deviation (n − 1) across regions; NaN with fewer than two regions.</param>
/// <param name="Earliest">The first point of the earliest plan year, or null when no plan has a year.</param>
/// <param name="Latest">The first point of the latest plan year, or null.</param>
/// <param name="Change">
/// A change over time, only within one place: when every point comes from one region (or one user-declared series,
/// <see cref="MetricsOptions.PlanSeries"/>) with at least two plan years,
/// Latest.Value − Earliest.Value; otherwise NaN (points of different regions are a cross-region comparison, see
/// <see cref="Trends"/> for each region's own change).
/// </param>
/// <param name="ChangePerYear">Change / (latest year − earliest year); NaN when Change is.</param>
public sealed record MetricSeries(
    string MetricId,
    string Population,
    int PointCount,
    int RegionCount,
    double Min,
    double Max,
    double Range,
    double StandardDeviation,
    TargetPoint? Earliest,
    TargetPoint? Latest,
    double Change,
    double ChangePerYear)
{
    /// <summary>Each region's own change over time (regions with points in at least two plan years), by region.</summary>
    public IReadOnlyList<RegionTrend> Trends { get; init; } = [];

    /// <summary>Whether the points come from more than one region: the values compare places, they are not a trend.</summary>
    public bool CrossRegion => RegionCount > 1 && double.IsNaN(Change);
}
