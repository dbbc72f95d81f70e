using System.Text.Json;
using NUnit.Framework;
using PolicyCompare.Cli.Commands;
using PolicyCompare.Tests.Alignment;

namespace PolicyCompare.Tests.Evaluation;

/// <summary>The <c>policycompare evaluate</c> command's text, JSON and error output.</summary>
public sealed class EvaluateCommandTests
{
    private static string SeedFolder => Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds");

    [Test]
    public async Task Text_output_reports_every_measure()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await EvaluateCommand.RunAsync([SeedFolder], TestPlans.DevGoldPath, "codebook", null, null, json: false, output, error);
        var text = output.ToString();
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, error.ToString());
            Assert.That(text, Does.Contain("labelled tasks: 71").And.Contain("ARI: 0.").And.Contain("NMI: 0.").And.Contain("F1 0."));
            Assert.That(text, Does.Contain("worst-confused topics").And.Contain("most split topics"));
        });
    }

    [Test]
    public async Task Json_output_parses_and_holds_the_scores()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await EvaluateCommand.RunAsync([SeedFolder], TestPlans.DevGoldPath, "topics", 30, null, json: true, output, error);
        using var parsed = JsonDocument.Parse(output.ToString());
        var evaluation = parsed.RootElement.GetProperty("evaluation");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, error.ToString());
            Assert.That(parsed.RootElement.GetProperty("mode").GetString(), Is.EqualTo("topics"));
            Assert.That(evaluation.GetProperty("labelledTasks").GetInt32(), Is.EqualTo(71));
            Assert.That(evaluation.GetProperty("adjustedRandIndex").GetDouble(), Is.InRange(-1.0, 1.0));
            Assert.That(evaluation.GetProperty("method").GetString(), Does.Contain("30 topics as requested"));
        });
    }

    [Test]
    public async Task A_gold_row_the_corpus_lacks_is_one_line_on_stderr_and_exit_1()
    {
        var gold = Path.Combine(Path.GetTempPath(), $"policycompare-gold-{Environment.ProcessId}.tsv");
        await File.WriteAllLinesAsync(gold, ["document\tordinal\ttopic", "jilin-2021\t21\ttcm"]);
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var exit = await EvaluateCommand.RunAsync([SeedFolder], gold, "topics", null, null, json: false, output, error);
            Assert.Multiple(() =>
            {
                Assert.That(exit, Is.EqualTo(1));
                Assert.That(error.ToString().TrimEnd(), Is.EqualTo($"error: {gold}:2: document 'jilin-2021' has 20 tasks; there is no task 21."));
                Assert.That(output.ToString(), Is.Empty);
            });
        }
        finally
        {
            File.Delete(gold);
        }
    }

    [Test]
    public async Task Addressed_labels_print_gap_precision_and_recall()
    {
        var addressed = Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "dev-addressed.tsv");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await EvaluateCommand.RunAsync([SeedFolder], null, "topics", null, null, json: false, output, error, addressedPath: addressed);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, error.ToString());
            Assert.That(output.ToString(), Does.Contain("coverage gaps on chengdu-2021, hubei-2024, jilin-2021").And.Contain("gap precision 0.").And.Contain("gap recall 0."));
            Assert.That(output.ToString(), Does.Not.Contain("ARI"));
        });
    }

    [Test]
    public async Task Neither_gold_nor_addressed_is_a_user_error()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await EvaluateCommand.RunAsync([SeedFolder], null, "topics", null, null, json: false, output, error);
        Assert.That(exit, Is.EqualTo(PolicyCompare.Cli.Commands.PolicyCompareCommandLine.UsageError), "a missing option is a usage error");
        Assert.That(error.ToString(), Does.Contain("--gold").And.Contain("--addressed"));
    }
}
