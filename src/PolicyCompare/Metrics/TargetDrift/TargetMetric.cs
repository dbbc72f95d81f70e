using PolicyCompare.Documents;

namespace PolicyCompare.Metrics.TargetDrift;

/// <summary>Which direction of a metric is the more ambitious target.</summary>
public enum TargetDirection
{
    /// <summary>Targets are floors (以上, 不低于): a higher value is more ambitious.</summary>
    Higher,
    /// <summary>Targets are ceilings (以内, 不超过): a lower value is more ambitious.</summary>
    Lower,
    /// <summary>Comparators are exact, approximate or mixed: no value is called weaker.</summary>
    Undetermined,
}

/// <summary>Targets from one or more plans that measure the same thing, aligned into one series.</summary>
/// <param name="Id">Stable id (<c>M001</c>…), by number of plans (descending) then name.</param>
/// <param name="Name">Canonical metric name (e.g. 家庭医生签约服务覆盖率).</param>
/// <param name="Kind">Dimension of every point.</param>
/// <param name="Unit">Unit shared by every point (% for percentages, 元 for money, as written for counts and ratios),
/// prefixed by what the value is per when stated (e.g. 人均元, 每千人口张).</param>
/// <param name="Direction">Which direction is ambitious, from the points' comparators.</param>
/// <param name="Phrases">Distinct metric phrases merged into this metric, ordinal order.</param>
/// <param name="Points">Points by plan year, document id, task ordinal, then position.</param>
/// <param name="Series">One summary per population, ordinal by population.</param>
/// <param name="Flags">Weaker values, later deadlines and scope changes between consecutive plan years.</param>
/// <param name="DeadlineShifts">How due years moved between consecutive plan years, per population.</param>
public sealed record TargetMetric(
    string Id,
    string Name,
    TargetKind Kind,
    string Unit,
    TargetDirection Direction,
    IReadOnlyList<string> Phrases,
    IReadOnlyList<TargetPoint> Points,
    IReadOnlyList<MetricSeries> Series,
    IReadOnlyList<TargetDriftFlag> Flags,
    IReadOnlyList<DeadlineShift> DeadlineShifts)
{
    /// <summary>Number of distinct plans stating the metric.</summary>
    public int PlanCount => Points.Select(p => p.Plan.DocumentId).Distinct(StringComparer.Ordinal).Count();
}
