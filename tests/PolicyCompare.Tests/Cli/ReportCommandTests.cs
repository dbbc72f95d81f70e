using System.Text.Json;
using NUnit.Framework;

namespace PolicyCompare.Tests.Cli;

[TestFixture]
[NonParallelizable] // redirects the process's console
public sealed class ReportCommandTests
{
    private string _scratch = null!;

    private static string Seeds => Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds");

    [SetUp]
    public void SetUp()
    {
        _scratch = Path.Combine(Path.GetTempPath(), "policycompare-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_scratch);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_scratch, recursive: true);

    [Test]
    public async Task Report_on_the_seeds_writes_every_part_of_the_report()
    {
        var target = Path.Combine(_scratch, "report");

        var (exitCode, output, error) = await CliRunner.RunAsync("report", Seeds, "--out", target);

        Assert.That(exitCode, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("5 plans, 146 tasks"));
        Assert.That(error, Does.Contain("[1/5] Reading plans"), "plain progress lines when not on a terminal");
        foreach (var file in new[] { "report.html", "report.md", "analysis.json", "data/tasks.csv", "data/responsibilities.csv", "data/targets.csv", "data/topics.csv", "data/alignments.csv", "data/coverage-matrix.csv", "data/drift-points.csv", "data/load-agencies.csv" })
        {
            Assert.That(File.Exists(Path.Combine(target, file)), Is.True, file);
        }

        var charts = Directory.GetFiles(Path.Combine(target, "charts")).Select(Path.GetFileName).ToArray();
        Assert.That(charts, Has.Some.StartsWith("coverage-heatmap."));
        Assert.That(charts, Has.Some.StartsWith("task-map."));
        Assert.That(charts, Has.Some.StartsWith("alignment-"));
        Assert.That(charts.Count(c => c!.EndsWith(".png", StringComparison.Ordinal)), Is.EqualTo(charts.Count(c => c!.EndsWith(".svg", StringComparison.Ordinal))));
        Assert.That(Directory.GetDirectories(_scratch), Has.Length.EqualTo(1), "no temporary folder is left beside the report");
    }

    [Test]
    public async Task A_missing_corpus_is_one_line_of_error_and_no_report_folder()
    {
        var target = Path.Combine(_scratch, "report");

        var (exitCode, output, error) = await CliRunner.RunAsync("report", Path.Combine(_scratch, "no-such-folder"), "--out", target);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Is.Empty);
        var errorLines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("error:", StringComparison.Ordinal)).ToArray();
        Assert.That(errorLines, Has.Length.EqualTo(1));
        Assert.That(errorLines[0], Does.Contain("no-such-folder"));
        Assert.That(error, Does.Not.Contain("   at "), "no stack trace");
        Assert.That(Directory.Exists(target), Is.False);
    }

    [Test]
    public async Task A_binary_file_is_named_in_the_error()
    {
        var corpus = Path.Combine(_scratch, "corpus");
        Directory.CreateDirectory(corpus);
        await File.WriteAllBytesAsync(Path.Combine(corpus, "broken.txt"), [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x00, 0x7F]);

        var (exitCode, _, error) = await CliRunner.RunAsync("report", corpus, "--out", Path.Combine(_scratch, "report"));

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(error, Does.Contain("broken.txt"));
        Assert.That(Directory.Exists(Path.Combine(_scratch, "report")), Is.False);
    }

    [TestCase("synth", "--from", "SEEDS", "--plans", "0", "--out", "OUT")]
    [TestCase("synth", "--from", "SEEDS", "--plans", "-5", "--out", "OUT")]
    [TestCase("report", "SEEDS", "--out", "OUT", "--max-document-size", "-1")]
    [TestCase("report", "SEEDS", "--out", "OUT", "--max-tasks", "0")]
    [TestCase("report", "SEEDS", "--out", "OUT", "--pair", "jilin-2021", "jilin-2021")]
    public async Task An_option_value_the_command_cannot_use_exits_2_naming_the_option(params string[] args)
    {
        var output = Path.Combine(_scratch, "out");
        var (exitCode, _, error) = await CliRunner.RunAsync(args.Select(a => a == "SEEDS" ? Seeds : a == "OUT" ? output : a).ToArray());
        var option = args.First(a => a is "--plans" or "--max-document-size" or "--max-tasks" or "--pair");
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(PolicyCompare.Cli.Commands.PolicyCompareCommandLine.UsageError), error);
            Assert.That(error, Does.Contain(option));
            Assert.That(Directory.Exists(output), Is.False, "nothing written");
        });
    }

    [Test]
    public async Task An_unknown_format_is_rejected_before_any_work()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("report", Seeds, "--out", Path.Combine(_scratch, "report"), "--format", "pdf");

        Assert.That(exitCode, Is.EqualTo(PolicyCompare.Cli.Commands.PolicyCompareCommandLine.UsageError), "an option value the command cannot use is a usage error");
        Assert.That(error, Does.Contain("pdf"));
        Assert.That(error, Does.Not.Contain("Reading plans"));
    }

    [Test]
    public async Task Analyze_json_holds_every_result_of_the_analysis()
    {
        var (exitCode, output, error) = await CliRunner.RunAsync("analyze", Seeds, "--json");

        Assert.That(exitCode, Is.EqualTo(0), error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.That(root.GetProperty("plans").GetArrayLength(), Is.EqualTo(5));
        Assert.That(root.GetProperty("topics").EnumerateArray().Sum(t => t.GetProperty("members").GetArrayLength()), Is.EqualTo(146));
        Assert.That(root.TryGetProperty("coverage", out _) && root.TryGetProperty("targetDrift", out _), Is.True);
        var notStated = root.GetProperty("departmentLoad").GetProperty("notStated");
        Assert.That(notStated.EnumerateArray().Select(r => r.GetProperty("plan").GetProperty("documentId").GetString()), Is.EqualTo(new[] { "jingmen-2017" }));
    }

    [Test]
    public async Task Analyze_summary_reports_departments_not_stated_for_a_plan_without_them()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("analyze", Seeds);

        Assert.That(exitCode, Is.EqualTo(0));
        Assert.That(output, Does.Contain("荆门市 2017").And.Contain("not stated"));
        Assert.That(output, Does.Contain("家庭医生签约服务覆盖率"));
    }
}
