using Microsoft.Data.Analysis;
using PolicyCompare.Metrics.DepartmentLoad;

namespace PolicyCompare.Export;

/// <summary>Tabular forms of <see cref="DepartmentLoadResult"/>.</summary>
public static class DepartmentLoadTables
{
    /// <summary>
    /// The load tables: <c>load-agencies</c>, <c>load-concentration</c>, <c>load-network</c> (per plan),
    /// <c>load-network-overall</c>, <c>load-comparison</c>, <c>load-unique</c> and <c>load-not-stated</c>.
    /// </summary>
    /// <param name="result">The load result.</param>
    /// <returns>The tables, in that order.</returns>
    public static IReadOnlyList<ResultTable> ToTables(this DepartmentLoadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [Agencies(result), Concentration(result), Network("load-network", result.PlanEdges), Network("load-network-overall", result.OverallEdges), Comparison(result), Unique(result), NotStated(result)];
    }

    /// <summary>Per plan and agency load (the <c>load-agencies</c> table).</summary>
    /// <param name="result">The load result.</param>
    /// <returns>The DataFrame.</returns>
    public static DataFrame ToDataFrame(this DepartmentLoadResult result) => Agencies(result).ToDataFrame();

    /// <summary>Every load table as a DataFrame, by table name.</summary>
    /// <param name="result">The load result.</param>
    /// <returns>DataFrames keyed by table name.</returns>
    public static IReadOnlyDictionary<string, DataFrame> ToDataFrames(this DepartmentLoadResult result) =>
        result.ToTables().ToDictionary(t => t.Name, t => t.ToDataFrame(), StringComparer.Ordinal);

    private static ResultTable Agencies(DepartmentLoadResult result)
    {
        var table = new TableBuilder("load-agencies")
            .Text("document_id").Text("region").Integer("year").Text("agency_key").Text("agency_name")
            .Integer("led").Integer("co").Integer("participating").Integer("tasks_involved").Integer("stated_task_count")
            .Real("involvement_share").Real("lead_share").Real("weighted_load").Real("load_per_task").Real("load_share")
            .Integer("led_by_plan_rule").Integer("led_by_convention");
        foreach (var l in result.Loads)
        {
            table.Row(l.Plan.DocumentId, l.Plan.Region, l.Plan.Year, l.AgencyKey, l.AgencyName, l.Led, l.Co, l.Participating, l.TasksInvolved,
                l.StatedTaskCount, l.InvolvementShare, l.LeadShare, l.WeightedLoad, l.LoadPerTask, l.LoadShare, l.LedByPlanRule, l.LedByConvention);
        }

        return table.Build();
    }

    private static ResultTable Concentration(DepartmentLoadResult result)
    {
        var table = new TableBuilder("load-concentration")
            .Text("document_id").Text("region").Integer("year").Integer("task_count").Integer("stated_task_count").Integer("agency_count")
            .Real("herfindahl").Real("gini").Text("lead_agency_key").Text("lead_agency_name").Real("lead_agency_share")
            .Text("top_load_agency_key").Real("top_load_share");
        foreach (var c in result.Concentration)
        {
            table.Row(c.Plan.DocumentId, c.Plan.Region, c.Plan.Year, c.TaskCount, c.StatedTaskCount, c.AgencyCount, c.Herfindahl, c.Gini,
                c.LeadAgencyKey, c.LeadAgencyName, c.LeadAgencyShare, c.TopLoadAgencyKey, c.TopLoadShare);
        }

        return table.Build();
    }

    private static ResultTable Network(string name, IReadOnlyList<CoResponsibilityEdge> edges)
    {
        var table = new TableBuilder(name)
            .Text("document_id").Text("agency_key_a").Text("agency_name_a").Text("agency_key_b").Text("agency_name_b").Integer("task_count");
        foreach (var e in edges)
        {
            table.Row(e.DocumentId, e.AgencyKeyA, e.AgencyNameA, e.AgencyKeyB, e.AgencyNameB, e.TaskCount);
        }

        return table.Build();
    }

    private static ResultTable Comparison(DepartmentLoadResult result)
    {
        var table = new TableBuilder("load-comparison")
            .Text("agency_key").Text("agency_name").Text("document_id").Text("region").Integer("year")
            .Integer("led").Integer("tasks_involved").Integer("stated_task_count").Real("lead_share").Real("involvement_share").Real("load_per_task");
        foreach (var c in result.Comparison)
        {
            table.Row(c.AgencyKey, c.AgencyName, c.Plan.DocumentId, c.Plan.Region, c.Plan.Year, c.Led, c.TasksInvolved, c.StatedTaskCount, c.LeadShare, c.InvolvementShare, c.LoadPerTask);
        }

        return table.Build();
    }

    private static ResultTable Unique(DepartmentLoadResult result)
    {
        var table = new TableBuilder("load-unique").Text("agency_key").Text("agency_name").Text("document_id").Text("region").Integer("year").Integer("tasks_involved");
        foreach (var u in result.UniqueAgencies)
        {
            table.Row(u.AgencyKey, u.AgencyName, u.Plan.DocumentId, u.Plan.Region, u.Plan.Year, u.TasksInvolved);
        }

        return table.Build();
    }

    private static ResultTable NotStated(DepartmentLoadResult result)
    {
        var table = new TableBuilder("load-not-stated").Text("document_id").Text("region").Integer("year").Integer("task_count");
        foreach (var n in result.NotStated)
        {
            table.Row(n.Plan.DocumentId, n.Plan.Region, n.Plan.Year, n.TaskCount);
        }

        return table.Build();
    }
}
