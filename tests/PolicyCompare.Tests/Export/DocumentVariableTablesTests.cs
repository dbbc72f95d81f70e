using System.Text.Json.Nodes;
using DuckDB.NET.Data;
using NUnit.Framework;
using PolicyCompare.Analysis;
using PolicyCompare.Corpus;
using PolicyCompare.Export;

namespace PolicyCompare.Tests.Export;

/// <summary>Custom document variables of corpus.json flow into every table keyed by document and group coverage and load.</summary>
[NonParallelizable]
public sealed class DocumentVariableTablesTests
{
    // Invented values for the five seed plans: a genre, a fiscal-capacity index, a population in 10,000s, a pilot flag.
    private static readonly Dictionary<string, (string Genre, double Fiscal, int Population, bool Pilot)> Variables = new(StringComparer.Ordinal)
    {
        ["jilin-2021"] = ("key-tasks", 0.42, 2400, true),
        ["chengdu-2021"] = ("key-tasks", 0.71, 2100, false),
        ["jingmen-2017"] = ("implementation", 0.35, 290, true),
        ["hubei-2024"] = ("key-tasks", 0.55, 5800, false),
        ["innermongolia-2016"] = ("implementation", 0.38, 2400, true),
    };

    private static string _folder = null!;
    private static CorpusAnalysis _analysis = null!;

    [OneTimeSetUp]
    public static async Task Analyze()
    {
        _folder = Directory.CreateTempSubdirectory("docvars-").FullName;
        var seeds = Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds");
        foreach (var file in Directory.GetFiles(seeds))
        {
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        }

        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(seeds, CorpusManifest.FileName)))!;
        foreach (var entry in manifest["documents"]!.AsArray())
        {
            var v = Variables[(string)entry!["id"]!];
            entry["genre"] = v.Genre;
            entry["fiscalCapacity"] = v.Fiscal;
            entry["population"] = v.Population;
            entry["pilot"] = v.Pilot;
        }

        File.WriteAllText(Path.Combine(_folder, CorpusManifest.FileName), manifest.ToJsonString());
        _analysis = await PolicyAnalyzer.Create().AnalyzeAsync([_folder]);
    }

    [OneTimeTearDown]
    public static void Delete() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void EveryTableKeyedByDocument_CarriesTheVariables_Typed()
    {
        var tables = _analysis.ToAllTables();
        var keyed = tables.Where(t => t.Columns.Any(c => c.Name == "document_id")).ToList();
        Assert.That(keyed.Select(t => t.Name), Does.Contain("documents").And.Contain("tasks").And.Contain("coverage-matrix").And.Contain("load-agencies").And.Contain("drift-points"));
        foreach (var table in keyed)
        {
            var columns = table.Columns.TakeLast(4).Select(c => (c.Name, c.Type));

            // drift-points has a population column of its own (全体, 重点人群 …): the variable is document_population there.
            var population = table.Name == "drift-points" ? "document_population" : "population";

            // A table with pooled rows (no document) cannot hold an unknown true/false: the flag is text there.
            var pooled = table.Rows.Any(r => r[table.Columns.Select(c => c.Name).ToList().IndexOf("document_id")] is null);
            Assert.That(columns, Is.EqualTo(new[]
            {
                ("fiscalCapacity", TableColumnType.Real), ("genre", TableColumnType.Text), ("pilot", pooled ? TableColumnType.Text : TableColumnType.Boolean),
                (population, TableColumnType.Integer),
            }), table.Name);
            var id = table.Columns.Select(c => c.Name).ToList().IndexOf("document_id");
            foreach (var row in table.Rows)
            {
                if (row[id] is null)
                {
                    // A pooled row (the corpus as a whole) belongs to no document, so it has no variables.
                    Assert.That(row.TakeLast(4), Is.EqualTo(new object?[] { double.NaN, null, null, null }), table.Name);
                    continue;
                }

                var v = Variables[(string)row[id]!];
                Assert.That(row.TakeLast(4), Is.EqualTo(new object?[] { v.Fiscal, v.Genre, pooled ? (v.Pilot ? "true" : "false") : v.Pilot, v.Population }), table.Name);
            }
        }

        Assert.That(tables.Single(t => t.Name == "topics").Columns.Select(c => c.Name), Does.Not.Contain("genre"), "topics are not keyed by document");
    }

    [Test]
    public void TheVariables_ReachTheParquetFiles()
    {
        var folder = Path.Combine(_folder, "parquet");
        _analysis.WriteParquet(folder);
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT genre, count(*), sum(population) FROM '{Path.Combine(folder, "documents.parquet")}' GROUP BY genre ORDER BY genre";
        using var reader = command.ExecuteReader();
        var rows = new List<(string, long, long)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2)));
        }

        Assert.That(rows, Is.EqualTo(new[] { ("implementation", 2L, 2690L), ("key-tasks", 3L, 10300L) }));
    }

    [Test]
    public void CoverageByAVariable_PoolsTheGroupsPlans()
    {
        var table = _analysis.CoverageBy("genre");
        var column = table.Columns.Select(c => c.Name).ToList();
        Assert.That(column.Take(3), Is.EqualTo(new[] { "genre", "topic_id", "topic_label" }));
        var groups = table.Rows.GroupBy(r => (string)r[0]!).ToDictionary(g => g.Key, g => g.ToList());
        Assert.That(groups.Keys, Is.EqualTo(new[] { "implementation", "key-tasks" }));
        foreach (var (genre, rows) in groups)
        {
            var plans = _analysis.Corpus.Documents.Where(d => Variables[d.Id].Genre == genre).ToList();
            Assert.That(rows, Has.Count.EqualTo(_analysis.Topics.Topics.Count));
            Assert.That(rows.Sum(r => (int)r[5]!), Is.EqualTo(plans.Sum(d => d.Tasks.Count)), "every task of the group in one topic (no outlier bin)");
            Assert.That(rows.Sum(r => (double)r[7]!), Is.EqualTo(1).Within(1e-9), "shares sum to 1");
            Assert.That(rows.All(r => (int)r[3]! == plans.Count), Is.True);
        }

        // Per topic, the genre groups' task counts add up to the corpus's: coverage-matrix tasks summed over plans.
        var matrix = _analysis.Coverage.Matrix;
        foreach (var topic in _analysis.Topics.Topics)
        {
            Assert.That(table.Rows.Where(r => (string)r[1]! == topic.Id).Sum(r => (int)r[5]!), Is.EqualTo(topic.Members.Count), topic.Id);
        }

        Assert.That(matrix, Is.Not.Null);
    }

    [Test]
    public void TheExports_GroupCoverageAndLoadByEveryVariable()
    {
        var names = _analysis.ToAllTables().Select(t => t.Name).ToList();
        Assert.That(names.TakeLast(8), Is.EqualTo(new[]
        {
            "coverage-by-fiscalCapacity", "load-by-fiscalCapacity", "coverage-by-genre", "load-by-genre",
            "coverage-by-pilot", "load-by-pilot", "coverage-by-population", "load-by-population",
        }));
        Assert.That(_analysis.CoverageBy("pilot").Rows.Select(r => r[0]).Distinct(), Is.EqualTo(new[] { "false", "true" }));
        Assert.That(_analysis.LoadBy("population").Rows.Select(r => r[0]).Distinct(), Is.EqualTo(new[] { "2100", "2400", "5800" }), "Jingmen (290) states no department");
    }

    [Test]
    public void CoverageByABuiltInField_Works()
    {
        var table = _analysis.CoverageBy("level");
        Assert.That(table.Rows.Select(r => (string)r[0]!).Distinct(), Is.EqualTo(new[] { "autonomous-region", "city", "province" }));
    }

    [Test]
    public void LoadByAVariable_LeavesOutPlansThatStateNoDepartments()
    {
        var table = _analysis.LoadBy("genre");
        var implementation = table.Rows.Where(r => (string)r[0]! == "implementation").ToList();

        // Jingmen 2017 (implementation) names no departments: the group's load is Inner Mongolia's alone.
        var innerMongolia = _analysis.DepartmentLoad.Loads.Where(l => l.Plan.DocumentId == "innermongolia-2016").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(implementation.All(r => (int)r[3]! == 1), Is.True, "plan_count");
            Assert.That(implementation.Sum(r => (int)r[5]!), Is.EqualTo(innerMongolia.Sum(l => l.Led)));
            Assert.That(implementation.Sum(r => (double)r[12]!), Is.EqualTo(1).Within(1e-9), "load shares sum to 1");
            var health = implementation.Single(r => (string)r[1]! == "health-commission");
            Assert.That((double)health[9]!, Is.EqualTo(innerMongolia.Single(l => l.AgencyKey == "health-commission").LeadShare).Within(1e-12));
        });

        var keyTasks = table.Rows.Where(r => (string)r[0]! == "key-tasks").ToList();
        var keyLoads = _analysis.DepartmentLoad.Loads.Where(l => Variables[l.Plan.DocumentId].Genre == "key-tasks").ToList();
        Assert.That(keyTasks.Sum(r => (int)r[5]!), Is.EqualTo(keyLoads.Sum(l => l.Led)));
        Assert.That(keyTasks.All(r => (int)r[3]! == 3), Is.True);
    }

    [Test]
    public void AnUnknownVariable_IsATypedErrorListingTheKnownOnes() =>
        Assert.That(() => _analysis.CoverageBy("province"), Throws.InstanceOf<PolicyCompareException>()
            .With.Message.EqualTo("No plan has the variable \"province\" (known: region, region_en, level, year, issuer, fiscalCapacity, genre, pilot, population)."));
}
