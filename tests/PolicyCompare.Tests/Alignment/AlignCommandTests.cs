using System.Text.Json;
using NUnit.Framework;
using PolicyCompare.Cli.Commands;

namespace PolicyCompare.Tests.Alignment;

/// <summary>The <c>policycompare align</c> command's topics, pair and error output.</summary>
public sealed class AlignCommandTests
{
    private static string SeedFolder => Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds");

    [Test]
    public async Task Pair_output_lists_links_side_by_side()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await AlignCommand.RunAsync([SeedFolder], json: false, ["jilin-2021", "chengdu-2021"], null, null, output, error);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, error.ToString());
            Assert.That(lines[0], Does.StartWith("吉林省 2021 ⇄ 成都市 2021: 20 one-to-one links"));
            Assert.That(lines, Has.Some.Contains("(二十)严格监督管理  ⇄  (二十)严格监督管理"));
        });
    }

    [Test]
    public async Task Topics_json_holds_every_task_once()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await AlignCommand.RunAsync([SeedFolder], json: true, null, null, null, output, error);
        using var parsed = JsonDocument.Parse(output.ToString());
        var members = parsed.RootElement.GetProperty("topics").EnumerateArray()
            .SelectMany(t => t.GetProperty("members").EnumerateArray())
            .Select(m => $"{m.GetProperty("documentId").GetString()}#{m.GetProperty("ordinal").GetInt32()}")
            .ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, error.ToString());
            Assert.That(members, Has.Length.EqualTo(146));
            Assert.That(members, Is.Unique);
        });
    }

    [Test]
    public async Task An_unknown_document_is_one_line_on_stderr_and_exit_1()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await AlignCommand.RunAsync([SeedFolder], json: false, ["jilin-2021", "nowhere"], null, null, output, error);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(1));
            Assert.That(error.ToString().TrimEnd(), Does.StartWith("error: No document 'nowhere' in the corpus").And.Not.Contain("\n"));
            Assert.That(output.ToString(), Is.Empty);
        });
    }
}
