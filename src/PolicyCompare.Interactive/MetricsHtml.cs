using System.Globalization;
using PolicyCompare.Metrics;
using PolicyCompare.Metrics.Coverage;
using PolicyCompare.Metrics.DepartmentLoad;
using PolicyCompare.Metrics.TargetDrift;

namespace PolicyCompare.Interactive;

/// <summary>Coverage, target drift and department load as one compact table each (the full tables are their DataFrames).</summary>
internal static class MetricsHtml
{
    public static string Format(CoverageResult coverage, string? id = null)
    {
        var table = new HtmlTable("plan", "tasks", "topics covered", "unique topics", "gaps", "entropy (nats)", "effective topics", "HHI").Numeric(1, 2, 3, 4, 5, 6, 7);
        foreach (var region in coverage.Regions)
        {
            table.Add(
                Name(region.Plan),
                HtmlTable.Number(region.TaskCount),
                $"{region.TopicsCovered}/{region.TopicCount}",
                HtmlTable.Number(region.UniqueTopics.Count),
                HtmlTable.Number(region.Gaps.Count),
                HtmlTable.Number(region.Diversity.EntropyNats, "0.00"),
                HtmlTable.Number(region.Diversity.EffectiveTopics, "0.0"),
                HtmlTable.Number(region.Diversity.Herfindahl, "0.000"));
        }

        return table.ToHtml($"Topic coverage (a gap: a topic absent from the plan and present in at least {HtmlTable.Plural(coverage.GapThreshold, "other plan")})", id);
    }

    public static string Format(TargetDriftResult drift, string? id = null)
    {
        var table = new HtmlTable("metric", "name", "unit", "plans", "values", "flags").Numeric(3);
        foreach (var metric in drift.Metrics.OrderByDescending(m => m.PlanCount).ThenBy(m => m.Id, StringComparer.Ordinal))
        {
            table.Add(
                metric.Id,
                metric.Name,
                metric.Unit,
                HtmlTable.Number(metric.PlanCount),
                string.Join("; ", metric.Points.Select(Point)),
                string.Join("; ", metric.Flags.Select(f => f.Description)));
        }

        var shared = drift.Metrics.Count(m => m.PlanCount > 1);
        return table.ToHtml($"{HtmlTable.Plural(drift.Metrics.Count, "target metric")}, {shared.ToString(CultureInfo.InvariantCulture)} stated by more than one plan", id);
    }

    public static string Format(DepartmentLoadResult load, string? id = null)
    {
        var table = new HtmlTable("plan", "tasks naming a department", "agencies", "HHI", "Gini", "lead agency", "share of tasks led").Numeric(1, 2, 3, 4, 6);
        foreach (var plan in load.Concentration)
        {
            table.Add(
                Name(plan.Plan),
                $"{plan.StatedTaskCount}/{plan.TaskCount}",
                HtmlTable.Number(plan.AgencyCount),
                HtmlTable.Number(plan.Herfindahl, "0.000"),
                HtmlTable.Number(plan.Gini, "0.000"),
                plan.LeadAgencyName,
                HtmlTable.Number(plan.LeadAgencyShare * 100, "0.0") + "%");
        }

        foreach (var plan in load.NotStated)
        {
            table.Add(Name(plan.Plan), $"0/{plan.TaskCount}", "not stated", null, null, null, null);
        }

        var w = load.Weights;
        return table.ToHtml(string.Create(CultureInfo.InvariantCulture, $"Department load (weights: lead {w.Lead:0.##}, co-responsible {w.Co:0.##}, participating {w.Participate:0.##})"), id);
    }

    private static string Point(TargetPoint p) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Name(p.Plan)} {p.Value:0.##}{(p.ValueMax is { } max ? $"–{max:0.##}" : string.Empty)}{p.Unit}{(p.DeadlineYear is { } year ? $" by {year}" : string.Empty)}{(string.IsNullOrEmpty(p.Population) ? string.Empty : $" ({p.Population})")}");

    internal static string Name(PlanReference plan) =>
        plan.Year is { } year ? $"{plan.Region} {year.ToString(CultureInfo.InvariantCulture)}" : plan.Region;
}
