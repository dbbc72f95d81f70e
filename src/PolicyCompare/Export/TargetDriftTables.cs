using Microsoft.Data.Analysis;
using PolicyCompare.Metrics.TargetDrift;

namespace PolicyCompare.Export;

/// <summary>Tabular forms of <see cref="TargetDriftResult"/>.</summary>
public static class TargetDriftTables
{
    /// <summary>
    /// The drift tables: <c>drift-metrics</c>, <c>drift-points</c>, <c>drift-series</c>, <c>drift-flags</c>,
    /// <c>drift-deadlines</c>, <c>emphasis-shares</c>, <c>emphasis-language</c> and <c>emphasis-terms</c>.
    /// </summary>
    /// <param name="result">The drift result.</param>
    /// <returns>The tables, in that order.</returns>
    public static IReadOnlyList<ResultTable> ToTables(this TargetDriftResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [Metrics(result), Points(result), Series(result), Flags(result), Deadlines(result), Shares(result), Language(result), Terms(result)];
    }

    /// <summary>Every target as a point of its metric (the <c>drift-points</c> table).</summary>
    /// <param name="result">The drift result.</param>
    /// <returns>The DataFrame.</returns>
    public static DataFrame ToDataFrame(this TargetDriftResult result) => Points(result).ToDataFrame();

    /// <summary>Every drift table as a DataFrame, by table name.</summary>
    /// <param name="result">The drift result.</param>
    /// <returns>DataFrames keyed by table name.</returns>
    public static IReadOnlyDictionary<string, DataFrame> ToDataFrames(this TargetDriftResult result) =>
        result.ToTables().ToDictionary(t => t.Name, t => t.ToDataFrame(), StringComparer.Ordinal);

    private static ResultTable Metrics(TargetDriftResult result)
    {
        var table = new TableBuilder("drift-metrics")
            .Text("metric_id").Text("name").Text("kind").Text("unit").Text("direction").Integer("plan_count").Integer("point_count").Text("phrases");
        foreach (var m in result.Metrics)
        {
            table.Row(m.Id, m.Name, m.Kind.ToString(), m.Unit, m.Direction.ToString(), m.PlanCount, m.Points.Count, string.Join(";", m.Phrases));
        }

        return table.Build();
    }

    private static ResultTable Points(TargetDriftResult result)
    {
        var table = new TableBuilder("drift-points")
            .Text("metric_id").Text("metric_name").Text("document_id").Text("region").Integer("year").Integer("task_ordinal").Text("topic_id")
            .Text("population").Real("value").Real("value_max").Text("unit").Text("per").Text("kind").Text("comparator").Text("scope").Text("phrase")
            .Integer("deadline_year").Text("target_text").Integer("span_start").Integer("span_length");
        foreach (var m in result.Metrics)
        {
            foreach (var p in m.Points)
            {
                table.Row(m.Id, m.Name, p.Plan.DocumentId, p.Plan.Region, p.Plan.Year, p.TaskOrdinal, p.TopicId, p.Population, p.Value,
                    p.ValueMax ?? double.NaN, p.Unit, p.Per, p.Kind.ToString(), p.Comparator.ToString(), p.Scope, p.Phrase, p.DeadlineYear, p.TargetText, p.Span.Start, p.Span.Length);
            }
        }

        return table.Build();
    }

    private static ResultTable Series(TargetDriftResult result)
    {
        var table = new TableBuilder("drift-series")
            .Text("metric_id").Text("metric_name").Text("population").Integer("point_count").Integer("region_count")
            .Real("min").Real("max").Real("range").Real("sd")
            .Text("earliest_document_id").Integer("earliest_year").Real("earliest_value")
            .Text("latest_document_id").Integer("latest_year").Real("latest_value").Real("change").Real("change_per_year");
        foreach (var m in result.Metrics)
        {
            foreach (var s in m.Series)
            {
                table.Row(m.Id, m.Name, s.Population, s.PointCount, s.RegionCount, s.Min, s.Max, s.Range, s.StandardDeviation,
                    s.Earliest?.Plan.DocumentId, s.Earliest?.Plan.Year, s.Earliest?.Value ?? double.NaN,
                    s.Latest?.Plan.DocumentId, s.Latest?.Plan.Year, s.Latest?.Value ?? double.NaN, s.Change, s.ChangePerYear);
            }
        }

        return table.Build();
    }

    private static ResultTable Flags(TargetDriftResult result)
    {
        var table = new TableBuilder("drift-flags")
            .Text("metric_id").Text("metric_name").Text("flag").Text("earlier_document_id").Integer("earlier_year")
            .Text("later_document_id").Integer("later_year").Text("population").Text("description");
        foreach (var m in result.Metrics)
        {
            foreach (var f in m.Flags)
            {
                table.Row(m.Id, m.Name, f.Kind.ToString(), f.Earlier.DocumentId, f.Earlier.Year, f.Later.DocumentId, f.Later.Year, f.Population, f.Description);
            }
        }

        return table.Build();
    }

    private static ResultTable Deadlines(TargetDriftResult result)
    {
        var table = new TableBuilder("drift-deadlines")
            .Text("metric_id").Text("metric_name").Text("population").Text("earlier_document_id").Integer("earlier_year").Integer("earlier_deadline")
            .Text("later_document_id").Integer("later_year").Integer("later_deadline").Integer("years_moved").Integer("earlier_horizon").Integer("later_horizon");
        foreach (var m in result.Metrics)
        {
            foreach (var d in m.DeadlineShifts)
            {
                table.Row(m.Id, m.Name, d.Population, d.Earlier.DocumentId, d.Earlier.Year, d.EarlierDeadline, d.Later.DocumentId, d.Later.Year,
                    d.LaterDeadline, d.YearsMoved, d.EarlierHorizon, d.LaterHorizon);
            }
        }

        return table.Build();
    }

    private static ResultTable Shares(TargetDriftResult result)
    {
        var table = new TableBuilder("emphasis-shares")
            .Integer("year").Text("topic_id").Integer("plan_count").Integer("task_count").Integer("assigned_task_count").Real("share");
        foreach (var s in result.EmphasisShares)
        {
            table.Row(s.Year, s.TopicId, s.PlanCount, s.TaskCount, s.AssignedTaskCount, s.Share);
        }

        return table.Build();
    }

    private static ResultTable Language(TargetDriftResult result)
    {
        var table = new TableBuilder("emphasis-language")
            .Text("topic_id").Integer("from_year").Integer("to_year").Integer("from_task_count").Integer("to_task_count").Real("centroid_distance");
        foreach (var l in result.LanguageShifts)
        {
            table.Row(l.TopicId, l.FromYear, l.ToYear, l.FromTaskCount, l.ToTaskCount, l.CentroidDistance);
        }

        return table.Build();
    }

    private static ResultTable Terms(TargetDriftResult result)
    {
        var table = new TableBuilder("emphasis-terms")
            .Text("topic_id").Integer("from_year").Integer("to_year").Text("direction").Integer("rank").Text("term")
            .Real("from_frequency").Real("to_frequency").Real("difference");
        foreach (var l in result.LanguageShifts)
        {
            foreach (var (direction, terms) in new[] { ("rising", l.Rising), ("falling", l.Falling) })
            {
                for (var i = 0; i < terms.Count; i++)
                {
                    table.Row(l.TopicId, l.FromYear, l.ToYear, direction, i + 1, terms[i].Term, terms[i].FromFrequency, terms[i].ToFrequency, terms[i].Difference);
                }
            }
        }

        return table.Build();
    }
}
