using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyCompare.Alignment;
using PolicyCompare.Analysis;
using PolicyCompare.Documents;
using PolicyCompare.Export;

namespace PolicyCompare.Charts.Reporting.Composition;

/// <summary>
/// The data files of a report folder: <c>data/*.csv</c> (every metric table of the analysis plus tasks,
/// responsibilities, targets, topics and alignments) and <c>analysis.json</c> (settings, topics and every table).
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
    /// <returns>Files for <see cref="ReportFolderWriter.Write"/>.</returns>
    public static IReadOnlyList<ReportFile> Files(ReportInputs inputs)
    {
        IReadOnlyList<ResultTable> tables = Tables(inputs);
        byte[] preamble = CsvTableWriter.FileEncoding.GetPreamble();
        var files = tables
            .Select(table => ReportFile.FromBytes("data/" + table.Name + ".csv", [.. preamble, .. CsvTableWriter.FileEncoding.GetBytes(CsvTableWriter.ToCsv(table))]))
            .ToList();
        files.Add(new ReportFile("analysis.json", stream => WriteJson(inputs.Analysis, tables, stream)));
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
            d.Id, t.Ordinal, r.Name, r.Canonical, r.CanonicalName, r.LevelPrefix, Role(r.Role), r.Rank,
        ]))).ToArray();
        return new ResultTable("responsibilities",
        [
            Text("document_id"), Integer("task_ordinal"), Text("name"), Text("canonical_key"), Text("canonical_name"), Text("level_prefix"),
            Text("role"), Integer("rank"),
        ], rows);
    }

    private static ResultTable Targets(CorpusAnalysis analysis)
    {
        var rows = analysis.Corpus.Documents.SelectMany(d => d.Tasks.SelectMany(t => t.Targets.Select(g => (IReadOnlyList<object?>)
        [
            d.Id, t.Ordinal, g.Text, g.Value, g.ValueMax ?? double.NaN, g.Unit, g.Kind.ToString(), g.Comparator.ToString(), g.Scope, g.DeadlineYear,
        ]))).ToArray();
        return new ResultTable("targets",
        [
            Text("document_id"), Integer("task_ordinal"), Text("text"), Real("value"), Real("value_max"), Text("unit"), Text("kind"),
            Text("comparator"), Text("scope"), Integer("deadline_year"),
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

    private static void WriteJson(CorpusAnalysis analysis, IReadOnlyList<ResultTable> tables, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("policyCompareVersion", ReportBuilder.PolicyCompareVersion());
        AnalysisSettings s = analysis.Settings;
        json.WriteStartObject("settings");
        json.WriteString("topicMethod", s.TopicMethod);
        json.WriteString("embedder", s.EmbedderName);
        json.WriteNumber("gapThreshold", s.GapThreshold);
        json.WriteNumber("leadWeight", s.LeadWeight);
        json.WriteNumber("coWeight", s.CoWeight);
        json.WriteNumber("participateWeight", s.ParticipateWeight);
        json.WriteNumber("metricSimilarityThreshold", s.MetricSimilarityThreshold);
        json.WriteNumber("crossTopicMetricSimilarityThreshold", s.CrossTopicMetricSimilarityThreshold);
        json.WriteEndObject();
        json.WriteStartObject("tables");
        foreach (ResultTable table in tables)
        {
            json.WriteStartArray(table.Name);
            foreach (IReadOnlyList<object?> row in table.Rows)
            {
                json.WriteStartObject();
                for (int c = 0; c < table.Columns.Count; c++)
                {
                    WriteValue(json, table.Columns[c].Name, row[c]);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, string name, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNull(name);
                break;
            case string text:
                json.WriteString(name, text);
                break;
            case int integer:
                json.WriteNumber(name, integer);
                break;
            case double real when double.IsFinite(real):
                json.WriteNumber(name, real);
                break;
            case double:
                json.WriteNull(name); // JSON has no NaN; the CSV keeps "NaN".
                break;
            case bool flag:
                json.WriteBoolean(name, flag);
                break;
            default:
                throw new InvalidOperationException($"Column {name} holds an unsupported {value.GetType().Name}.");
        }
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
