using System.Text.Json;
using NUnit.Framework;
using PolicyCompare.Cli.Commands;
using PolicyCompare.Tests.Alignment;

namespace PolicyCompare.Tests.Onnx;

/// <summary><c>evaluate --onnx DIR</c>: a user's model scored beside the built-in embedder on the same labels, in one command.</summary>
public sealed class EvaluateWithOnnxTests
{
    private static string SeedFolder => Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds");

    /// <summary>One run (embedding the seeds with MiniLM is the slow part): the side-by-side table and both detail blocks.</summary>
    [Test]
    public async Task EnglishMiniLm_ScoresFarBelowTheBuiltInEmbedder_OnTheChineseDevLabels()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await EvaluateCommand.RunAsync([SeedFolder], TestPlans.DevGoldPath, "topics", null, null, json: false, [MiniLmModel.Directory], output, error);
        var text = output.ToString();
        TestContext.Out.WriteLine(text);
        var lines = text.Split('\n');
        Assert.That(exit, Is.Zero, error.ToString());
        Assert.That(lines[0], Does.Match(@"^embedder\s+ARI\s+NMI\s+F1\s+topics$"));
        Assert.That(lines[1], Does.StartWith("built-in (policycompare-tfidf-lsa)"));
        Assert.That(lines[2], Does.StartWith($"{MiniLmModel.Directory} (all-MiniLM-L6-v2)"));
        var builtIn = Ari(lines[1]);
        var miniLm = Ari(lines[2]);
        Assert.Multiple(() =>
        {
            Assert.That(builtIn, Is.EqualTo(0.901), "the README's figure for the built-in embedder");
            Assert.That(miniLm, Is.EqualTo(0.214).Within(0.03), "measured: an English vocabulary reads Chinese plans character by character");
            Assert.That(text, Does.Contain("built-in embedder:\nmode: topics").And.Contain($"{MiniLmModel.Directory}:\nmode: topics"));
        });
    }

    [Test]
    public async Task JsonOutput_NamesEachModelAndItsScores()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var tiny = Path.Combine(SeedFolder, "jilin-2021.txt");
        var gold = Path.Combine(TestContext.CurrentContext.WorkDirectory, "jilin-gold.tsv");
        await File.WriteAllLinesAsync(gold, ["document\tordinal\ttopic", "jilin-2021\t1\ta", "jilin-2021\t2\ta", "jilin-2021\t3\tb"]);
        var exit = await EvaluateCommand.RunAsync([tiny], gold, "codebook", null, null, json: true, [MiniLmModel.Directory], output, error);
        Assert.That(exit, Is.Zero, error.ToString());
        using var parsed = JsonDocument.Parse(output.ToString());
        var model = parsed.RootElement.GetProperty("models")[0];
        Assert.Multiple(() =>
        {
            Assert.That(parsed.RootElement.GetProperty("embedder").GetString(), Is.EqualTo("policycompare-tfidf-lsa"));
            Assert.That(parsed.RootElement.GetProperty("evaluation").GetProperty("labelledTasks").GetInt32(), Is.EqualTo(3));
            Assert.That(model.GetProperty("model").GetString(), Is.EqualTo(MiniLmModel.Directory));
            Assert.That(model.GetProperty("embedder").GetString(), Is.EqualTo("all-MiniLM-L6-v2"));
            Assert.That(model.GetProperty("evaluation").GetProperty("adjustedRandIndex").GetDouble(), Is.InRange(-1.0, 1.0));
        });
    }

    [Test]
    public async Task AMissingModelFolder_IsOneLineOnStderr()
    {
        var missing = Path.Combine(TestContext.CurrentContext.WorkDirectory, "missing-model");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await EvaluateCommand.RunAsync([SeedFolder], TestPlans.DevGoldPath, "topics", null, null, json: false, [missing], output, error);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(1));
            Assert.That(error.ToString().TrimEnd(), Is.EqualTo($"error: {missing}: the ONNX model folder does not exist."));
        });
    }

    private static double Ari(string tableLine) =>
        double.Parse(tableLine.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^4], System.Globalization.CultureInfo.InvariantCulture);
}
