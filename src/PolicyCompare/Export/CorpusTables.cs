using PolicyCompare.Alignment;
using PolicyCompare.Analysis;
using PolicyCompare.Documents;

namespace PolicyCompare.Export;

/// <summary>
/// The parsed corpus and its topics as result tables: documents, tasks, responsibilities, targets and topics, one row per
/// item, keyed by <c>document_id</c> (and <c>task_ordinal</c>) so they join with each other and with the metric tables.
/// </summary>
public static class CorpusTables
{
    /// <summary>
    /// The corpus tables, in this order: documents, tasks, responsibilities, targets, topics, and topic-hierarchy when the
    /// topics keep a merge tree (<see cref="TopicHierarchyTables"/>); those keyed by <c>document_id</c> also carry the
    /// custom document variables as columns.
    /// </summary>
    /// <param name="analysis">The analysis.</param>
    /// <returns>The tables.</returns>
    public static IReadOnlyList<ResultTable> ToCorpusTables(this CorpusAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ResultTable[] tables =
        [
            Documents(analysis), Tasks(analysis), Responsibilities(analysis), Targets(analysis), Topics(analysis),
            .. analysis.Topics.Hierarchy.Count > 0 ? [analysis.Topics.Hierarchy.ToHierarchyTable()] : Array.Empty<ResultTable>(),
        ];
        return tables.Select(t => t.WithDocumentVariables(analysis.Corpus)).ToList();
    }

    private static ResultTable Documents(CorpusAnalysis analysis)
    {
        var table = new TableBuilder("documents")
            .Text("document_id").Text("region").Text("region_en").Text("level").Integer("year").Text("title").Text("issuer").Text("doc_number")
            .Text("file").Integer("task_count").Boolean("responsibilities_stated");
        foreach (var d in analysis.Corpus.Documents)
        {
            var m = d.Metadata;
            table.Row(d.Id, m.Region, m.RegionEn, m.Level, m.Year, m.Title, m.Issuer, m.DocNumber, m.File, d.Tasks.Count, d.StatesResponsibilities);
        }

        return table.Build();
    }

    private static ResultTable Tasks(CorpusAnalysis analysis)
    {
        var table = new TableBuilder("tasks")
            .Text("document_id").Integer("ordinal").Text("number").Text("section_path").Text("title").Text("text").Text("topic_id")
            .Integer("source_start").Integer("source_length").Text("kind");
        foreach (var d in analysis.Corpus.Documents)
        {
            foreach (var t in d.Tasks)
            {
                table.Row(d.Id, t.Ordinal, t.Number, string.Join(" > ", t.SectionPath), t.Title, t.Text.Value,
                    analysis.Topics.TopicOf(new TaskKey(d.Id, t.Ordinal))?.Id, t.Span.Start, t.Span.Length, KindName(t.Kind));
            }
        }

        return table.Build();
    }

    private static ResultTable Responsibilities(CorpusAnalysis analysis)
    {
        var table = new TableBuilder("responsibilities")
            .Text("document_id").Integer("task_ordinal").Text("name").Text("canonical_key").Text("canonical_name").Text("level_prefix")
            .Text("role").Integer("rank").Text("lead_basis").Boolean("unspecified");
        foreach (var d in analysis.Corpus.Documents)
        {
            foreach (var t in d.Tasks)
            {
                foreach (var r in t.Responsibilities)
                {
                    table.Row(d.Id, t.Ordinal, r.Name, r.Canonical, r.CanonicalName, r.LevelPrefix, Role(r.Role), r.Rank, LeadBasisText(r.LeadBasis), r.IsUnspecified);
                }
            }
        }

        return table.Build();
    }

    private static ResultTable Targets(CorpusAnalysis analysis)
    {
        var table = new TableBuilder("targets")
            .Text("document_id").Integer("task_ordinal").Text("text").Real("value").Real("value_max").Text("unit").Text("kind")
            .Text("comparator").Text("scope").Integer("deadline_year").Integer("deadline_month");
        foreach (var d in analysis.Corpus.Documents)
        {
            foreach (var t in d.Tasks)
            {
                foreach (var g in t.Targets)
                {
                    table.Row(d.Id, t.Ordinal, g.Text, g.Value, g.ValueMax ?? double.NaN, g.Unit, g.Kind.ToString(), g.Comparator.ToString(), g.Scope, g.DeadlineYear, g.DeadlineMonth);
                }
            }
        }

        return table.Build();
    }

    private static ResultTable Topics(CorpusAnalysis analysis)
    {
        var table = new TableBuilder("topics")
            .Text("topic_id").Text("label").Text("english_name").Text("keywords").Integer("task_count").Text("central_document_id")
            .Integer("central_task_ordinal").Text("central_title").Real("cohesion");
        foreach (var t in analysis.Topics.Topics)
        {
            table.Row(t.Id, t.Label, t.EnglishName, string.Join(" ", t.Keywords), t.Members.Count, t.CentralTask.DocumentId, t.CentralTask.Ordinal, t.CentralTitle, t.Cohesion);
        }

        return table.Build();
    }

    /// <summary>task, safeguard, goal or principle; goal and principle units are not policy tasks and have no topic.</summary>
    private static string KindName(UnitKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>explicit, plan_rule or convention for a lead; null otherwise.</summary>
    private static string? LeadBasisText(LeadBasis? basis) => basis switch
    {
        LeadBasis.Explicit => "explicit",
        LeadBasis.PlanRule => "plan_rule",
        LeadBasis.Convention => "convention",
        _ => null,
    };

    private static string Role(ResponsibilityRole role) => role switch
    {
        ResponsibilityRole.Lead => "lead",
        ResponsibilityRole.Co => "co",
        ResponsibilityRole.Participate => "participate",
        _ => role.ToString(),
    };
}
