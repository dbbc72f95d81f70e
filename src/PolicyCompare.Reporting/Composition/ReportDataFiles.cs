using PolicyCompare.Alignment;
using PolicyCompare.Analysis;
using PolicyCompare.Documents;
using PolicyCompare.Export;

namespace PolicyCompare.Reporting.Composition;

/// <summary>
/// The data files of a report folder: <c>data/*.csv</c> (every metric table of the analysis plus tasks,
/// responsibilities, targets, topics and alignments) and <c>analysis.json</c> (the core's <see cref="AnalysisJson"/> form).
/// CSVs use the core's <see cref="CsvTableWriter"/> format; output is deterministic.
/// </summary>
public static class ReportDataFiles
{
    /// <summary>Every table written to <c>data/</c>, in file order.</summary>
    /// <param name="inputs">The analysis and alignments.</param>
    /// <returns>The tables (their names are the CSV file stems).</returns>
    public static IReadOnlyList<ResultTable> Tables(ReportInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        CorpusAnalysis analysis = inputs.Analysis;
        return [Tasks(analysis), Responsibilities(analysis), Targets(analysis), Topics(analysis), Alignments(inputs.Alignments), .. analysis.ToTables()];
    }

    /// <summary>The CSV files and <c>analysis.json</c>.</summary>
    /// <param name="inputs">The analysis and alignments.</param>
    /// <returns>Files for <see cref="ReportFolderWriter"/>.</returns>
    public static IReadOnlyList<ReportFile> Files(ReportInputs inputs)
    {
        IReadOnlyList<ResultTable> tables = Tables(inputs);
        byte[] preamble = CsvTableWriter.FileEncoding.GetPreamble();
        var files = tables
            .Select(table => ReportFile.FromBytes("data/" + table.Name + ".csv", [.. preamble, .. CsvTableWriter.FileEncoding.GetBytes(CsvTableWriter.ToCsv(table))]))
            .ToList();
        files.Add(new ReportFile("analysis.json", stream => AnalysisJson.Write(inputs.Analysis, stream)));
        return files;
    }

    private static ResultTable Tasks(CorpusAnalysis analysis)
    {
        var rows = analysis.Corpus.Documents.SelectMany(d => d.Tasks.Select(t => (IReadOnlyList<object?>)
        [
            d.Id, t.Ordinal, t.Number, string.Join(" > ", t.SectionPath), t.Title, t.Text.Value,
            analysis.Topics.TopicOf(new TaskKey(d.Id, t.Ordinal))?.Id, t.Span.Start, t.Span.Length,
        ])).ToArray();
        return new ResultTable("tasks",
        [
            Text("document_id"), Integer("ordinal"), Text("number"), Text("section_path"), Text("title"), Text("text"), Text("topic_id"),
            Integer("source_start"), Integer("source_length"),
        ], rows);
    }

    private static ResultTable Responsibilities(CorpusAnalysis analysis)
    {
        var rows = analysis.Corpus.Documents.SelectMany(d => d.Tasks.SelectMany(t => t.Responsibilities.Select(r => (IReadOnlyList<object?>)
        [
            d.Id, t.Ordinal, r.Name, r.Canonical, r.CanonicalName, r.LevelPrefix, Role(r.Role), r.Rank, LeadBasisText(r.LeadBasis), r.IsUnspecified ? "true" : "false",
        ]))).ToArray();
        return new ResultTable("responsibilities",
        [
            Text("document_id"), Integer("task_ordinal"), Text("name"), Text("canonical_key"), Text("canonical_name"), Text("level_prefix"),
            Text("role"), Integer("rank"), Text("lead_basis"), Text("unspecified"),
        ], rows);
    }

    /// <summary>explicit, plan_rule or convention for a lead; empty otherwise.</summary>
    private static string? LeadBasisText(LeadBasis? basis) => basis switch
    {
        LeadBasis.Explicit => "explicit",
        LeadBasis.PlanRule => "plan_rule",
        LeadBasis.Convention => "convention",
        _ => null,
    };

    private static ResultTable Targets(CorpusAnalysis analysis)
    {
        var rows = analysis.Corpus.Documents.SelectMany(d => d.Tasks.SelectMany(t => t.Targets.Select(g => (IReadOnlyList<object?>)
        [
            d.Id, t.Ordinal, g.Text, g.Value, g.ValueMax ?? double.NaN, g.Unit, g.Kind.ToString(), g.Comparator.ToString(), g.Scope, g.DeadlineYear, g.DeadlineMonth,
        ]))).ToArray();
        return new ResultTable("targets",
        [
            Text("document_id"), Integer("task_ordinal"), Text("text"), Real("value"), Real("value_max"), Text("unit"), Text("kind"),
            Text("comparator"), Text("scope"), Integer("deadline_year"), Integer("deadline_month"),
        ], rows);
    }

    private static ResultTable Topics(CorpusAnalysis analysis)
    {
        var rows = analysis.Topics.Topics.Select(t => (IReadOnlyList<object?>)
        [
            t.Id, t.Label, t.EnglishName, string.Join(" ", t.Keywords), t.Members.Count, t.CentralTask.DocumentId, t.CentralTask.Ordinal, t.CentralTitle, t.Cohesion,
        ]).ToArray();
        return new ResultTable("topics",
        [
            Text("topic_id"), Text("label"), Text("english_name"), Text("keywords"), Integer("task_count"), Text("central_document_id"),
            Integer("central_task_ordinal"), Text("central_title"), Real("cohesion"),
        ], rows);
    }

    private static ResultTable Alignments(IReadOnlyList<PlanAlignment> alignments)
    {
        var rows = alignments.SelectMany(a => a.Links.Select(l => (IReadOnlyList<object?>)
        [
            a.LeftDocumentId, l.Left.Ordinal, a.RightDocumentId, l.Right.Ordinal, l.Score, l.Kind == LinkKind.OneToOne ? "one-to-one" : "additional",
            string.Join(" ", l.Evidence.SharedTerms),
        ])).ToArray();
        return new ResultTable("alignments",
        [
            Text("left_document_id"), Integer("left_task_ordinal"), Text("right_document_id"), Integer("right_task_ordinal"), Real("score"),
            Text("kind"), Text("shared_terms"),
        ], rows);
    }

    private static string Role(ResponsibilityRole role) => role switch
    {
        ResponsibilityRole.Lead => "lead",
        ResponsibilityRole.Co => "co",
        ResponsibilityRole.Participate => "participate",
        _ => role.ToString(),
    };

    private static TableColumn Text(string name) => new(name, TableColumnType.Text);

    private static TableColumn Integer(string name) => new(name, TableColumnType.Integer);

    private static TableColumn Real(string name) => new(name, TableColumnType.Real);
}
