using System.Globalization;
using PolicyCompare.Documents;

namespace PolicyCompare.Metrics.TargetDrift;

/// <summary>
/// Turns a group of targets into a <see cref="TargetMetric"/>: ordered points, per-population series with spread and
/// change (only within one region), and comparisons of each plan with the same region's plans of the most recent earlier
/// year stating the metric.
/// Plans without a year are listed but not compared over time.
/// </summary>
internal static class MetricSeriesBuilder
{
    public static TargetMetric Build(string id, TargetMetricGroup group)
    {
        var points = group.Drafts
            .Select(d => d.ToPoint())
            .OrderBy(p => p.Plan.Year ?? int.MaxValue)
            .ThenBy(p => p.Plan.DocumentId, StringComparer.Ordinal)
            .ThenBy(p => p.TaskOrdinal)
            .ThenBy(p => p.Span.Start)
            .ToArray();
        var direction = DirectionOf(points);
        var series = points
            .GroupBy(p => p.Population, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Summarize(id, g.Key, g.ToArray()))
            .ToArray();
        var (flags, shifts) = Compare(id, points, direction);
        var phrases = points.Select(p => p.Phrase).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        return new TargetMetric(id, group.Name, group.Kind, group.UnitKey, direction, phrases, points, series, flags, shifts);
    }

    private static TargetDirection DirectionOf(IReadOnlyList<TargetPoint> points)
    {
        var floors = points.Any(p => p.Comparator == TargetComparator.AtLeast);
        var ceilings = points.Any(p => p.Comparator == TargetComparator.AtMost);
        return floors && !ceilings ? TargetDirection.Higher : ceilings && !floors ? TargetDirection.Lower : TargetDirection.Undetermined;
    }

    private static MetricSeries Summarize(string id, string population, IReadOnlyList<TargetPoint> points)
    {
        // One value per region: the first point (text order) of the region's latest plan.
        var perRegion = points
            .GroupBy(p => p.Plan.Region, StringComparer.Ordinal)
            .Select(g => g.Where(p => p.Plan == g.Last().Plan).First().Value)
            .ToArray();
        var min = perRegion.Min();
        var max = perRegion.Max();
        var dated = points.Where(p => p.Plan.Year is not null).ToArray();
        TargetPoint? earliest = dated.FirstOrDefault();
        TargetPoint? latest = dated.Length == 0 ? null : dated.First(p => p.Plan.Year == dated[^1].Plan.Year);
        var trends = dated
            .GroupBy(p => p.Plan.Place, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Trend(g.Key, g.ToArray()))
            .OfType<RegionTrend>()
            .ToArray();
        // Time only within a place: a change is reported for the series only when it is one region's own change.
        var places = points.Select(p => p.Plan.Place).Distinct(StringComparer.Ordinal).Count();
        var own = places == 1 && trends.Length == 1 ? trends[0] : null;
        return new MetricSeries(
            id,
            population,
            points.Count,
            perRegion.Length,
            min,
            max,
            max - min,
            SampleStandardDeviation(perRegion),
            earliest,
            latest,
            own?.Change ?? double.NaN,
            own?.ChangePerYear ?? double.NaN)
        {
            Trends = trends,
        };
    }

    private static RegionTrend? Trend(string region, IReadOnlyList<TargetPoint> dated)
    {
        var first = dated[0];
        var last = dated.First(p => p.Plan.Year == dated[^1].Plan.Year);
        var years = last.Plan.Year!.Value - first.Plan.Year!.Value;
        return years > 0 ? new RegionTrend(region, first, last, last.Value - first.Value, (last.Value - first.Value) / years) : null;
    }

    private static double SampleStandardDeviation(IReadOnlyList<double> values)
    {
        if (values.Count < 2)
        {
            return double.NaN;
        }

        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
    }

    private static (IReadOnlyList<TargetDriftFlag> Flags, IReadOnlyList<DeadlineShift> Shifts) Compare(string id, IReadOnlyList<TargetPoint> points, TargetDirection direction)
    {
        var flags = new List<TargetDriftFlag>();
        var shifts = new List<DeadlineShift>();
        var plans = points.Where(p => p.Plan.Year is not null)
            .GroupBy(p => p.Plan)
            .Select(g => (Plan: g.Key, Year: g.Key.Year!.Value, Points: g.ToArray()))
            .ToArray();
        foreach (var later in plans)
        {
            // Only the same region's earlier plans: another region's plan is another place, not an earlier state.
            var earlierYears = plans.Where(p => p.Year < later.Year && p.Plan.Place == later.Plan.Place).Select(p => p.Year).ToArray();
            if (earlierYears.Length == 0)
            {
                continue;
            }

            foreach (var earlier in plans.Where(p => p.Year == earlierYears.Max() && p.Plan.Place == later.Plan.Place))
            {
                var before = Populations(earlier.Points);
                var after = Populations(later.Points);
                if (!before.SequenceEqual(after, StringComparer.Ordinal))
                {
                    flags.Add(new TargetDriftFlag(id, DriftFlagKind.ScopeChanged, earlier.Plan, later.Plan, null, $"{string.Join("、", before)} → {string.Join("、", after)}"));
                }

                foreach (var population in before.Intersect(after, StringComparer.Ordinal))
                {
                    var a = earlier.Points.First(p => p.Population == population);
                    var b = later.Points.First(p => p.Population == population);
                    if (IsWeaker(a, b, direction))
                    {
                        flags.Add(new TargetDriftFlag(id, DriftFlagKind.WeakerValue, earlier.Plan, later.Plan, population, $"{Format(Bound(a, direction))} → {Format(Bound(b, direction))} ({(direction == TargetDirection.Higher ? "higher" : "lower")} is the aim)"));
                    }
                    else if ((Bound(a, direction) == Bound(b, direction) || (a.Kind == TargetKind.Milestone && b.Kind == TargetKind.Milestone))
                        && a.DeadlineYear is { } da && b.DeadlineYear is { } db && db > da)
                    {
                        // A milestone has no number: it drifts only by its due year.
                        var what = a.Kind == TargetKind.Milestone ? a.Scope ?? a.TargetText : Format(Bound(a, direction));
                        flags.Add(new TargetDriftFlag(id, DriftFlagKind.LaterDeadline, earlier.Plan, later.Plan, population, $"{what} due {da} → due {db}"));
                    }

                    shifts.Add(new DeadlineShift(
                        id,
                        population,
                        earlier.Plan,
                        a.DeadlineYear,
                        later.Plan,
                        b.DeadlineYear,
                        b.DeadlineYear - a.DeadlineYear,
                        a.DeadlineYear - earlier.Year,
                        b.DeadlineYear - later.Year));
                }
            }
        }

        return (flags, shifts);
    }

    private static string[] Populations(IEnumerable<TargetPoint> points) =>
        points.Select(p => p.Population).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The value that bounds the aim: the upper end of a range when lower is the aim, else the value.</summary>
    private static double Bound(TargetPoint point, TargetDirection direction) =>
        direction == TargetDirection.Lower ? point.ValueMax ?? point.Value : point.Value;

    private static bool IsWeaker(TargetPoint earlier, TargetPoint later, TargetDirection direction) => direction switch
    {
        TargetDirection.Higher => later.Value < earlier.Value,
        TargetDirection.Lower => Bound(later, direction) > Bound(earlier, direction),
        _ => false,
    };

    private static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
