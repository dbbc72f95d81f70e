using NUnit.Framework;
using PolicyCompare.Topics;

namespace PolicyCompare.Tests.Cli;

[TestFixture]
[NonParallelizable] // redirects the process's console
public sealed class TopicModelCommandTests
{
    private string _scratch = null!;

    private static string Seeds => Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds");

    [SetUp]
    public void SetUp()
    {
        _scratch = Path.Combine(Path.GetTempPath(), "policycompare-cli-model-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_scratch);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_scratch, recursive: true);

    [Test]
    public async Task A_model_saved_by_align_is_reused_by_analyze_and_report()
    {
        var model = Path.Combine(_scratch, "m.json");
        var (exit, _, error) = await CliRunner.RunAsync("align", Seeds, "--save-model", model);
        Assert.That(exit, Is.EqualTo(0), error);
        Assert.That(error, Does.Contain("Topic model (28 topics) saved to"));
        Assert.That(TopicModel.Load(model).Topics, Has.Count.EqualTo(28));

        // One plan alone, placed in the five-plan topics: no new fit, the kept topics' ids and labels.
        var (analyzeExit, output, analyzeError) = await CliRunner.RunAsync("analyze", Path.Combine(Seeds, "jilin-2021.txt"), "--model", model);
        Assert.That(analyzeExit, Is.EqualTo(0), analyzeError);
        Assert.That(output, Does.Contain("1 plan, 20 tasks").And.Contain("kept topic model"));

        var report = Path.Combine(_scratch, "report");
        var (reportExit, reportOutput, reportError) = await CliRunner.RunAsync("report", Seeds, "--model", model, "--out", report, "--format", "md");
        Assert.That(reportExit, Is.EqualTo(0), reportError);
        Assert.That(reportOutput, Does.Contain("5 plans, 146 tasks and 28 topics"));
        Assert.That(File.Exists(Path.Combine(report, "report.md")), Is.True);
        var hierarchy = File.ReadAllLines(Path.Combine(report, "data", "topic-hierarchy.csv"));
        Assert.That(hierarchy[0], Is.EqualTo("merge_id,left,right,similarity,task_count"));
        Assert.That(hierarchy, Has.Length.EqualTo(28), "the kept model's 27 merges");
    }

    [Test]
    public async Task Align_never_saves_a_model_over_a_file_that_is_not_one()
    {
        var notes = Path.Combine(_scratch, "notes.json");
        File.WriteAllText(notes, "{}");

        var (exit, output, error) = await CliRunner.RunAsync("align", Seeds, "--save-model", notes);

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(output, Is.Empty, "refused before any work");
        Assert.That(error, Does.Contain("not overwritten"));
        Assert.That(File.ReadAllText(notes), Is.EqualTo("{}"));
    }

    [Test]
    public async Task A_bad_model_file_is_one_error_line_naming_it()
    {
        var bad = Path.Combine(_scratch, "bad.json");
        File.WriteAllText(bad, "{\"format\": \"policycompare-topic-model\", \"formatVersion\": 9}");

        var (exit, _, error) = await CliRunner.RunAsync("analyze", Seeds, "--model", bad);

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(error, Does.Contain(bad).And.Contain("format version 9"));
        Assert.That(error, Does.Not.Contain("   at "));
    }

    [Test]
    public async Task A_model_cannot_be_combined_with_a_new_topic_count()
    {
        var (exit, _, error) = await CliRunner.RunAsync("analyze", Seeds, "--model", Path.Combine(_scratch, "m.json"), "--topics", "5");

        Assert.That(exit, Is.EqualTo(PolicyCompare.Cli.Commands.PolicyCompareCommandLine.UsageError), "options that cannot be combined are a usage error");
        Assert.That(error, Does.Contain("--model").And.Contain("--topics"));
    }
}
