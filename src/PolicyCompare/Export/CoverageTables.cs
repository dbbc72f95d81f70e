using Microsoft.Data.Analysis;
using PolicyCompare.Metrics.Coverage;

namespace PolicyCompare.Export;

/// <summary>Tabular forms of <see cref="CoverageResult"/>.</summary>
public static class CoverageTables
{
    /// <summary>
    /// The coverage tables: <c>coverage-matrix</c> (plan × topic, long form), <c>coverage-regions</c> (per-plan summary,
    /// diversity, addressed coverage, topics not yet on the agenda), <c>coverage-gaps</c> (one row per gap and evidence
    /// task, with the passage that carries the topic) and <c>coverage-similarity</c> (plan pairs).
    /// </summary>
    /// <param name="result">The coverage result.</param>
    /// <returns>The tables, in that order.</returns>
    public static IReadOnlyList<ResultTable> ToTables(this CoverageResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [Matrix(result), Regions(result), Gaps(result), Similarities(result)];
    }

    /// <summary>The region × topic matrix in long form (one row per plan and topic, matrix order).</summary>
    /// <param name="result">The coverage result.</param>
    /// <returns>The DataFrame.</returns>
    public static DataFrame ToDataFrame(this CoverageResult result) => Matrix(result).ToDataFrame();

    /// <summary>Every coverage table as a DataFrame, by table name.</summary>
    /// <param name="result">The coverage result.</param>
    /// <returns>DataFrames keyed by table name.</returns>
    public static IReadOnlyDictionary<string, DataFrame> ToDataFrames(this CoverageResult result) =>
        result.ToTables().ToDictionary(t => t.Name, t => t.ToDataFrame(), StringComparer.Ordinal);

    private static ResultTable Matrix(CoverageResult result)
    {
        var table = new TableBuilder("coverage-matrix")
            .Text("document_id").Text("region").Integer("year").Text("topic_id").Text("topic_label")
            .Integer("task_count").Boolean("present").Real("share").Integer("addressing_task_count").Boolean("addressed");
        var labels = result.Matrix.Topics.ToDictionary(t => t.TopicId, t => t.Label, StringComparer.Ordinal);
        var plans = result.Matrix.Plans.ToDictionary(p => p.DocumentId, StringComparer.Ordinal);
        foreach (var cell in result.Matrix.Cells)
        {
            var plan = plans[cell.DocumentId];
            table.Row(cell.DocumentId, plan.Region, plan.Year, cell.TopicId, labels[cell.TopicId], cell.TaskCount, cell.Present, cell.Share, cell.AddressingTaskCount, cell.Addressed);
        }

        return table.Build();
    }

    private static ResultTable Regions(CoverageResult result)
    {
        var table = new TableBuilder("coverage-regions")
            .Text("document_id").Text("region").Integer("year").Integer("task_count").Integer("assigned_task_count")
            .Integer("topics_covered").Integer("topic_count").Real("covered_fraction").Text("unique_topics").Integer("gap_count")
            .Real("entropy_nats").Real("effective_topics").Real("herfindahl").Integer("topics_addressed").Real("addressed_fraction")
            .Text("not_yet_on_agenda");
        foreach (var r in result.Regions)
        {
            table.Row(r.Plan.DocumentId, r.Plan.Region, r.Plan.Year, r.TaskCount, r.AssignedTaskCount, r.TopicsCovered, r.TopicCount,
                r.CoveredFraction, string.Join(";", r.UniqueTopics), r.Gaps.Count, r.Diversity.EntropyNats, r.Diversity.EffectiveTopics, r.Diversity.Herfindahl,
                r.TopicsAddressed, r.AddressedFraction, string.Join(";", r.NotYetOnAgenda.Select(n => n.TopicId)));
        }

        return table.Build();
    }

    private static ResultTable Gaps(CoverageResult result)
    {
        var table = new TableBuilder("coverage-gaps")
            .Text("document_id").Text("topic_id").Text("topic_label").Integer("peers_covering").Integer("peer_count").Integer("gap_threshold")
            .Text("evidence_document_id").Text("evidence_region").Integer("evidence_ordinal").Text("evidence_number").Text("evidence_title")
            .Boolean("evidence_focus").Text("evidence_passage").Integer("evidence_passage_start").Integer("evidence_passage_length");
        foreach (var gap in result.Regions.SelectMany(r => r.Gaps))
        {
            foreach (var e in gap.Evidence)
            {
                table.Row(gap.DocumentId, gap.TopicId, gap.TopicLabel, gap.PeersCovering, gap.PeerCount, result.GapThreshold, e.DocumentId, e.Region, e.Ordinal, e.Number, e.Title,
                    e.Focus, e.Passage, e.PassageSpan?.Start, e.PassageSpan?.Length);
            }
        }

        return table.Build();
    }

    private static ResultTable Similarities(CoverageResult result)
    {
        var table = new TableBuilder("coverage-similarity").Text("document_id_a").Text("document_id_b").Real("jaccard").Real("cosine");
        foreach (var s in result.Similarities)
        {
            table.Row(s.DocumentIdA, s.DocumentIdB, s.Jaccard, s.Cosine);
        }

        return table.Build();
    }
}
