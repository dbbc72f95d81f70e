using System.Text.Json;
using Microsoft.Extensions.Options;
using NUnit.Framework;
using PolicyCompare.Corpus;
using PolicyCompare.Parsing;
using PolicyCompare.Tests.Cli;
using PolicyCompare.Tests.Parsing;
using PolicyCompare.Tests.Robustness;

namespace PolicyCompare.Tests.Corpus;

/// <summary>Issue 8 §20–§21: one bad file never sinks a corpus; manifest rules; unlisted files.</summary>
[TestFixture]
[NonParallelizable] // the CLI tests redirect the process's console
public sealed class SkippedFileTests
{
    private Scratch _scratch = null!;

    [SetUp]
    public void SetUp() => _scratch = new Scratch();

    [TearDown]
    public void TearDown() => _scratch.Dispose();

    private static FileCorpusLoader Loader(bool strict = false, long? maxBytes = null) =>
        new(new PlanParser(), Options.Create(new CorpusOptions { Strict = strict, MaxDocumentBytes = maxBytes ?? CorpusOptions.DefaultMaxDocumentBytes }));

    /// <summary>The seeds without their manifest, plus a binary file, an empty file and a text with no task structure.</summary>
    private string FolderWithBadFiles()
    {
        var plans = _scratch.SeedCopy();
        File.Delete(Path.Combine(plans, "corpus.json"));
        File.WriteAllBytes(Path.Combine(plans, "broken.txt"), [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x00, 0x7F]);
        File.WriteAllBytes(Path.Combine(plans, "empty.txt"), []);
        File.WriteAllText(Path.Combine(plans, "shopping.md"), "牛奶\n鸡蛋\n面包\n");
        return plans;
    }

    [Test]
    public void Bad_files_are_skipped_with_their_reasons_and_the_others_load()
    {
        var plans = FolderWithBadFiles();

        var corpus = Loader().Load([plans]);

        Assert.Multiple(() =>
        {
            Assert.That(corpus.Documents, Has.Count.EqualTo(5));
            Assert.That(corpus.Skipped.Select(s => Path.GetFileName(s.Path)), Is.EqualTo(new[] { "broken.txt", "empty.txt", "shopping.md" }));
            Assert.That(corpus.Skipped[0].Reason, Does.Contain("binary"));
            Assert.That(corpus.Skipped[1].Reason, Does.Contain("empty"));
            Assert.That(corpus.Skipped[2].ToString(), Does.StartWith(Path.Combine(plans, "shopping.md") + ": "));
        });
    }

    [Test]
    public void Strict_turns_any_skip_into_a_failure_naming_every_file()
    {
        var plans = FolderWithBadFiles();

        Assert.That(() => Loader(strict: true).Load([plans]),
            Throws.InstanceOf<PolicyCompareException>().With.Message.Contains("3 files could not be loaded").And.Message.Contains("broken.txt").And.Message.Contains("shopping.md"));
    }

    [Test]
    public void When_no_file_loads_the_error_names_them()
    {
        var plans = _scratch.Path("bad");
        Directory.CreateDirectory(plans);
        File.WriteAllBytes(Path.Combine(plans, "a.txt"), []);
        File.WriteAllBytes(Path.Combine(plans, "b.txt"), [0, 1, 2, 3, 0, 0]);

        Assert.That(() => Loader().Load([plans]),
            Throws.InstanceOf<PolicyCompareException>().With.Message.Contains("no plan could be loaded").And.Message.Contains("a.txt").And.Message.Contains("b.txt"));
    }

    [Test]
    public async Task The_cli_lists_skips_in_one_line_each_and_the_report_and_analysis_json_list_them()
    {
        var plans = FolderWithBadFiles();
        var report = _scratch.Path("report");

        var (exitCode, _, error) = await CliRunner.RunAsync("report", plans, "--out", report, "--format", "md", "--lang", "en");

        Assert.That(exitCode, Is.Zero, error);
        var skippedLines = error.Split('\n').Where(l => l.StartsWith("skipped: ", StringComparison.Ordinal)).ToArray();
        Assert.That(skippedLines, Has.Length.EqualTo(3));
        Assert.That(skippedLines[0], Does.Contain("broken.txt").And.Contain("binary"));
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(report, "analysis.json")));
        var skipped = json.RootElement.GetProperty("skipped").EnumerateArray().Select(s => (Path.GetFileName(s.GetProperty("path").GetString()), s.GetProperty("reason").GetString())).ToArray();
        Assert.That(skipped.Select(s => s.Item1), Is.EqualTo(new[] { "broken.txt", "empty.txt", "shopping.md" }));
        var markdown = File.ReadAllText(Path.Combine(report, "report.md"));
        Assert.That(markdown, Does.Contain(@"3 file\(s\) could not be read or parsed").And.Contain("broken.txt: the file looks binary"));
    }

    [Test]
    public async Task The_cli_strict_option_exits_1()
    {
        var plans = FolderWithBadFiles();

        var (exitCode, output, error) = await CliRunner.RunAsync("analyze", plans, "--strict");

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Is.Empty);
        Assert.That(error.Split('\n').Count(l => l.StartsWith("error:", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(error, Does.Contain("broken.txt"));
    }

    [Test]
    public void A_manifest_file_that_is_missing_is_skipped_not_fatal()
    {
        var plans = _scratch.SeedCopy();
        var manifest = Path.Combine(plans, "corpus.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"jilin-2021.txt\"", "\"gone.txt\"", StringComparison.Ordinal));

        var corpus = Loader().Load([plans]);

        Assert.That(corpus.Skipped.Single().Path, Does.EndWith("gone.txt"));
        Assert.That(corpus.Skipped.Single().Reason, Does.Contain("\"jilin-2021\"").And.Contain("does not exist"));
        Assert.That(corpus.Documents.Select(d => d.Id), Has.Member("jilin-2021"), "the unlisted jilin-2021.txt is still loaded, by its file stem");
    }

    [TestCase("../jilin-2021.txt")]
    [TestCase("sub/../../jilin-2021.txt")]
    [TestCase("/etc/hostname")]
    public void A_manifest_file_outside_the_corpus_folder_is_refused(string file)
    {
        var plans = _scratch.Path("plans");
        Directory.CreateDirectory(plans);
        File.Copy(Path.Combine(SeedCorpus.Folder, "jilin-2021.txt"), _scratch.Path("jilin-2021.txt"));
        File.WriteAllText(Path.Combine(plans, "corpus.json"), JsonSerializer.Serialize(new { documents = new[] { new { id = "x", file } } }));

        Assert.That(() => Loader().Load([plans]), Throws.InstanceOf<PolicyCompareException>().With.Message.Contains("outside the corpus folder").And.Message.Contains(file));
    }

    [Test]
    public void Two_manifest_entries_naming_one_file_are_an_error()
    {
        var plans = _scratch.SeedCopy();
        File.WriteAllText(Path.Combine(plans, "corpus.json"),
            """{"documents":[{"id":"a","file":"jilin-2021.txt"},{"id":"b","file":"./jilin-2021.txt"}]}""");

        Assert.That(() => Loader().Load([plans]),
            Throws.InstanceOf<PolicyCompareException>().With.Message.Contains("\"a\" and \"b\" both name the file"));
    }

    [Test]
    public void Unlisted_files_can_be_ignored_explicitly_with_a_notice()
    {
        var plans = _scratch.SeedCopy();
        File.Copy(Path.Combine(plans, "jilin-2021.txt"), Path.Combine(plans, "extra.txt"));
        var manifest = Path.Combine(plans, "corpus.json");
        var text = File.ReadAllText(manifest);
        File.WriteAllText(manifest, "{\"unlistedFiles\":\"ignore\"," + text[(text.IndexOf('{', StringComparison.Ordinal) + 1)..]);
        Assert.That(File.ReadAllText(manifest), Does.Contain("unlistedFiles"), "the manifest edit took");

        var corpus = Loader().Load([plans]);

        Assert.That(corpus.Documents.Select(d => d.Id), Has.No.Member("extra"));
        Assert.That(corpus.Notices, Has.Some.Contains("ignored").And.Contains("extra.txt"));
    }

    [Test]
    public void An_unknown_unlisted_files_value_is_an_error()
    {
        var plans = _scratch.Path("plans");
        Directory.CreateDirectory(plans);
        File.WriteAllText(Path.Combine(plans, "corpus.json"), """{"unlistedFiles":"drop","documents":[]}""");

        Assert.That(() => Loader().Load([plans]), Throws.InstanceOf<PolicyCompareException>().With.Message.Contains("\"unlistedFiles\" must be"));
    }

    [Test]
    public void A_parser_defect_on_one_file_skips_that_file_only()
    {
        var plans = _scratch.SeedCopy();
        var loader = new FileCorpusLoader(new ThrowingParser("hubei-2024"), Options.Create(new CorpusOptions()));

        var corpus = loader.Load([plans]);

        Assert.That(corpus.Documents, Has.Count.EqualTo(4));
        Assert.That(corpus.Skipped.Single().Reason, Does.Contain("InvalidOperationException").And.Contain("please report it"));
    }

    /// <summary>The real parser, except that it fails like a defect would on one document.</summary>
    private sealed class ThrowingParser(string failingId) : IPlanParser
    {
        private readonly PlanParser _inner = new();

        public PolicyCompare.Documents.PolicyDocument Parse(string text, PolicyCompare.Documents.DocumentMetadata metadata) =>
            metadata.Id == failingId ? throw new InvalidOperationException("index out of range") : _inner.Parse(text, metadata);
    }
}
