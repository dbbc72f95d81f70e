using System.Globalization;
using PolicyCompare.Documents;

namespace PolicyCompare.Metrics.TargetDrift;

/// <summary>
/// Turns a group of targets into a <see cref="TargetMetric"/>: ordered points, per-population series with spread and
/// change, and comparisons of each plan with the plans of the most recent earlier year stating the metric.
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
        var years = earliest is null || latest is null ? 0 : latest.Plan.Year!.Value - earliest.Plan.Year!.Value;
        var change = years > 0 ? latest!.Value - earliest!.Value : double.NaN;
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
            change,
            years > 0 ? change / years : double.NaN);
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
            var earlierYears = plans.Where(p => p.Year < later.Year).Select(p => p.Year).ToArray();
            if (earlierYears.Length == 0)
            {
                continue;
            }

            foreach (var earlier in plans.Where(p => p.Year == earlierYears.Max()))
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
