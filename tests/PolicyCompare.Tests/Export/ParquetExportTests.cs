using DuckDB.NET.Data;
using NUnit.Framework;
using PolicyCompare.Alignment;
using PolicyCompare.Analysis;
using PolicyCompare.Documents;
using PolicyCompare.Export;
using PolicyCompare.Reporting;
using PolicyCompare.Reporting.Composition;
using PolicyCompare.Tests.Reporting;

namespace PolicyCompare.Tests.Export;

/// <summary>The Parquet export, read back by DuckDB with SQL, as an analyst would.</summary>
[NonParallelizable]
public sealed class ParquetExportTests
{
    private string _folder = null!;
    private CorpusAnalysis _analysis = null!;

    [OneTimeSetUp]
    public void Write()
    {
        _analysis = SeedAnalysis.Load().Analysis;
        _folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "parquet-" + Guid.NewGuid().ToString("N"));
        _analysis.WriteParquet(_folder);
    }

    [OneTimeTearDown]
    public void Delete() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void EveryTable_IsOneFile()
    {
        var expected = _analysis.ToAllTables().Select(t => t.Name + ".parquet").Order(StringComparer.Ordinal);
        Assert.That(Directory.GetFiles(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal), Is.EqualTo(expected));
        Assert.That(_analysis.ToAllTables().Select(t => t.Name), Does.Contain("documents").And.Contain("tasks").And.Contain("responsibilities").And.Contain("coverage-matrix"));
    }

    [Test]
    public void TasksPerTopicPerPlan_JoinedWithResponsibilities_AgreeWithTheAnalysis()
    {
        // Per plan and topic: tasks, and of those the tasks the health commission leads.
        var rows = Query($"""
            SELECT t.document_id, t.topic_id, count(DISTINCT t.ordinal) AS tasks,
                   count(DISTINCT CASE WHEN r.role = 'lead' AND r.canonical_key = 'health-commission' THEN t.ordinal END) AS health_led
            FROM '{File("tasks")}' t
            LEFT JOIN '{File("responsibilities")}' r ON r.document_id = t.document_id AND r.task_ordinal = t.ordinal
            GROUP BY t.document_id, t.topic_id
            ORDER BY t.document_id, t.topic_id
            """);
        var expected = _analysis.Corpus.Documents
            .SelectMany(d => d.Tasks.Select(t => (Document: d.Id, Topic: _analysis.Topics.TopicOf(new TaskKey(d.Id, t.Ordinal))!.Id, Task: t)))
            .GroupBy(x => (x.Document, x.Topic))
            .OrderBy(g => g.Key.Document, StringComparer.Ordinal).ThenBy(g => g.Key.Topic, StringComparer.Ordinal)
            .Select(g => new object?[]
            {
                g.Key.Document, g.Key.Topic, (long)g.Count(),
                (long)g.Count(x => x.Task.Responsibilities.Any(r => r.Role == ResponsibilityRole.Lead && r.Canonical == "health-commission")),
            })
            .ToList();
        Assert.That(rows, Is.EqualTo(expected));

        // Jilin 2021: 20 tasks; the health commission leads 60% of them (the README's figure).
        var jilin = rows.Where(r => (string)r[0]! == "jilin-2021").ToList();
        Assert.That((jilin.Sum(r => (long)r[2]!), jilin.Sum(r => (long)r[3]!)), Is.EqualTo((20L, 12L)));
    }

    [Test]
    public void TheReadmesDuckDbRecipe_RunsOnTheExport()
    {
        var readme = System.IO.File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "README.md"));
        var section = readme[readme.IndexOf("### Tables for DuckDB", StringComparison.Ordinal)..];
        var start = section.IndexOf("```sql\n", StringComparison.Ordinal) + "```sql\n".Length;
        var sql = section[start..section.IndexOf("```", start, StringComparison.Ordinal)]
            .Replace("out/parquet/", _folder.Replace("'", "''", StringComparison.Ordinal) + "/", StringComparison.Ordinal);
        var rows = Query(sql);
        var tasks = _analysis.Corpus.Documents.Sum(d => d.Tasks.Count);
        Assert.That(rows.Sum(r => (long)r[2]!), Is.EqualTo(tasks), "every task counted once under its plan and topic");
    }

    [Test]
    public void Columns_AreTyped()
    {
        var types = new[] { "tasks", "targets", "documents" }
            .SelectMany(table => Query($"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '{File(table)}')"))
            .GroupBy(r => (string)r[0]!)
            .ToDictionary(g => g.Key, g => (string)g.First()[1]!);
        Assert.Multiple(() =>
        {
            Assert.That(types["ordinal"], Is.EqualTo("INTEGER"));
            Assert.That(types["topic_id"], Is.EqualTo("VARCHAR"));
            Assert.That(types["value"], Is.EqualTo("DOUBLE"));
            Assert.That(types["deadline_year"], Is.EqualTo("INTEGER"));
            Assert.That(types["responsibilities_stated"], Is.EqualTo("BOOLEAN"));
        });
    }

    [Test]
    public void MissingAndUndefinedValues_AreNulls()
    {
        var targets = _analysis.Corpus.Documents.SelectMany(d => d.Tasks).SelectMany(t => t.Targets).ToList();
        var nulls = Query($"""
            SELECT count(*) FILTER (WHERE value_max IS NULL), count(*) FILTER (WHERE deadline_year IS NULL), count(*) FILTER (WHERE scope IS NULL),
                   count(*) FILTER (WHERE isnan(value_max))
            FROM '{File("targets")}'
            """).Single();
        Assert.That(nulls, Is.EqualTo(new object?[]
        {
            (long)targets.Count(t => t.ValueMax is null), (long)targets.Count(t => t.DeadlineYear is null), (long)targets.Count(t => t.Scope is null), 0L,
        }));
        Assert.That(targets.Count(t => t.ValueMax is null), Is.GreaterThan(0), "the seeds have targets without a range");
    }

    [Test]
    public void ReportWithParquetFormat_WritesEveryDataTableAsParquetToo()
    {
        var inputs = SeedAnalysis.Load();
        var files = ReportDataFiles.Files(inputs, ReportFormats.Html | ReportFormats.Parquet).Select(f => f.RelativePath).ToList();
        var tables = ReportDataFiles.Tables(inputs);
        Assert.Multiple(() =>
        {
            Assert.That(files.Where(f => f.EndsWith(".parquet", StringComparison.Ordinal)), Is.EqualTo(tables.Select(t => $"data/{t.Name}.parquet")));
            Assert.That(ReportDataFiles.Files(inputs, ReportFormats.Html).Where(f => f.RelativePath.EndsWith(".parquet", StringComparison.Ordinal)), Is.Empty);
            Assert.That(PolicyCompare.Cli.Commands.ReportCommand.ParseFormats("html, parquet"), Is.EqualTo(ReportFormats.Html | ReportFormats.Parquet));
        });

        // The alignments table, written through the report's file callback, reads back row for row.
        var alignments = ReportDataFiles.Files(inputs, ReportFormats.Parquet).Single(f => f.RelativePath == "data/alignments.parquet");
        var path = Path.Combine(_folder, "..", "alignments-" + Guid.NewGuid().ToString("N") + ".parquet");
        using (var stream = System.IO.File.Create(path))
        {
            alignments.Write(stream);
        }

        try
        {
            var count = Query($"SELECT count(*), count(DISTINCT left_document_id) FROM '{path}'").Single();
            Assert.That(count, Is.EqualTo(new object?[] { (long)inputs.Alignments.Sum(a => a.Links.Count), 1L }));
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    private string File(string table) => Path.Combine(_folder, table + ".parquet").Replace("'", "''", StringComparison.Ordinal);

    private static List<object?[]> Query(string sql)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
