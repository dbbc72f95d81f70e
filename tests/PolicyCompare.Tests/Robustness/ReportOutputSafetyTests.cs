using NUnit.Framework;
using PolicyCompare.Analysis;
using PolicyCompare.Export;
using PolicyCompare.Reporting;
using PolicyCompare.Reporting.Composition;
using PolicyCompare.Tests.Cli;
using PolicyCompare.Tests.Reporting;

namespace PolicyCompare.Tests.Robustness;

/// <summary>Issue 10 §1 through the command line and the library: <c>--out</c> never destroys a user's data.</summary>
[TestFixture]
[NonParallelizable] // redirects the process's console
public sealed class ReportOutputSafetyTests
{
    private Scratch _scratch = null!;

    [SetUp]
    public void SetUp() => _scratch = new Scratch();

    [TearDown]
    public void TearDown() => _scratch.Dispose();

    private static string[] ErrorLines(string error) =>
        error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("error:", StringComparison.Ordinal)).ToArray();

    [Test]
    public async Task A_real_folder_with_a_users_file_is_refused_before_any_analysis()
    {
        var plans = _scratch.SeedCopy();
        var notes = _scratch.UserFolder("notes");
        var before = Scratch.Snapshot(notes);

        var (exitCode, output, error) = await CliRunner.RunAsync("report", plans, "--out", notes);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Is.Empty);
        Assert.That(ErrorLines(error), Has.Length.EqualTo(1));
        Assert.That(ErrorLines(error)[0], Does.Contain(notes).And.Contain("--force"));
        Assert.That(error, Does.Not.Contain("[1/5]"), "refused before reading a single plan");
        Scratch.AssertUnchanged(notes, before);
        Assert.That(Scratch.Leftovers(_scratch.Root), Is.Empty);
    }

    [Test]
    public async Task The_input_folder_as_out_is_refused_even_with_force()
    {
        var plans = _scratch.SeedCopy();
        var before = Scratch.Snapshot(plans);

        var (exitCode, _, error) = await CliRunner.RunAsync("report", plans, "--out", plans, "--force");

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(ErrorLines(error), Has.Length.EqualTo(1));
        Assert.That(ErrorLines(error)[0], Does.Contain(plans).And.Contain("input"));
        Scratch.AssertUnchanged(plans, before);
    }

    [Test]
    public async Task A_folder_holding_the_input_or_the_codebook_is_refused_even_with_force()
    {
        var plans = _scratch.SeedCopy();
        var codebook = Path.Combine(_scratch.UserFolder("books", "codebook.json", "{}"), "codebook.json");
        var before = Scratch.Snapshot(_scratch.Root);

        var (holding, _, holdingError) = await CliRunner.RunAsync("report", plans, "--out", _scratch.Root, "--force");
        var (book, _, bookError) = await CliRunner.RunAsync("report", plans, "--codebook", codebook, "--out", Path.GetDirectoryName(codebook)!, "--force");

        Assert.That((holding, book), Is.EqualTo((1, 1)));
        Assert.That(holdingError, Does.Contain("holds the input"));
        Assert.That(bookError, Does.Contain("holds the input").And.Contain("codebook.json"));
        Scratch.AssertUnchanged(_scratch.Root, before);
    }

    [Test]
    public async Task An_existing_file_as_out_is_refused_before_any_analysis()
    {
        var plans = _scratch.SeedCopy();
        var file = _scratch.Path("report.html");
        File.WriteAllText(file, "<p>mine</p>");

        var (exitCode, _, error) = await CliRunner.RunAsync("report", plans, "--out", file);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(error, Does.Contain("a file with that name exists").And.Not.Contain("[1/5]"));
        Assert.That(File.ReadAllText(file), Is.EqualTo("<p>mine</p>"));
    }

    [TestCase(".")]
    [TestCase("..")]
    public void Out_dot_and_its_parents_are_refused_even_with_force_in_a_real_process(string output)
    {
        var plans = _scratch.SeedCopy();
        var work = _scratch.UserFolder("work");
        var before = Scratch.Snapshot(_scratch.Root);

        var (exitCode, stdout, error) = CliProcess.Run(work, "report", plans, "--out", output, "--force");

        Assert.That(exitCode, Is.EqualTo(1), error);
        Assert.That(stdout, Is.Empty);
        Assert.That(ErrorLines(error), Has.Length.EqualTo(1));
        Assert.That(ErrorLines(error)[0], Does.Contain("current folder"));
        Assert.That(error, Does.Not.Contain("   at "), "no stack trace");
        Scratch.AssertUnchanged(_scratch.Root, before);
    }

    [Test]
    public async Task Force_replaces_a_folder_of_other_files_and_a_second_run_replaces_its_own_report()
    {
        var plans = _scratch.SeedCopy();
        var notes = _scratch.UserFolder("old-output");

        var (forced, _, forcedError) = await CliRunner.RunAsync("report", plans, "--out", notes, "--force", "--format", "md");
        var (again, _, againError) = await CliRunner.RunAsync("report", plans, "--out", notes, "--format", "md");

        Assert.That(forced, Is.Zero, forcedError);
        Assert.That(again, Is.Zero, againError);
        Assert.That(File.Exists(Path.Combine(notes, "notes.txt")), Is.False);
        Assert.That(File.Exists(Path.Combine(notes, "report.md")), Is.True);
        Assert.That(File.Exists(Path.Combine(notes, ".policycompare-report")), Is.True);
        Assert.That(Scratch.Leftovers(_scratch.Root), Is.Empty);
    }

    [Test]
    public void The_library_writers_follow_the_same_rules()
    {
        var plans = _scratch.SeedCopy();
        var notes = _scratch.UserFolder("notes");
        var before = Scratch.Snapshot(_scratch.Root);
        var inputs = SeedAnalysis.Load();
        var analysis = inputs.Analysis with { Corpus = inputs.Analysis.Corpus with { Sources = [plans] } };
        var libraryInputs = inputs with { Analysis = analysis };

        Assert.Multiple(() =>
        {
            Assert.That(() => new PolicyReportWriter().Write(notes, libraryInputs, new ReportOptions(), ReportFormats.Markdown), Throws.TypeOf<OutputFolderException>());
            Assert.That(() => new PolicyReportWriter().Write(plans, libraryInputs, new ReportOptions(), ReportFormats.Markdown), Throws.TypeOf<OutputFolderException>());
            Assert.That(() => analysis.WriteCsv(notes), Throws.TypeOf<OutputFolderException>());
            Assert.That(() => analysis.WriteCsv(plans), Throws.TypeOf<OutputFolderException>().With.Message.Contains("input"));
            Assert.That(() => new ReportFolderWriter().Write(notes, SampleReport.Build(), [], ReportFormats.Html), Throws.TypeOf<OutputFolderException>());
        });
        Scratch.AssertUnchanged(_scratch.Root, before);
    }

    [Test]
    public void WriteCsv_replaces_only_its_own_folder()
    {
        var analysis = SeedAnalysis.Load().Analysis;
        var tables = _scratch.Path("tables");

        var first = analysis.WriteCsv(tables);
        var second = analysis.WriteCsv(tables);

        Assert.That(second, Is.EqualTo(first));
        Assert.That(File.ReadAllLines(Path.Combine(tables, ".policycompare-csv"))[0], Is.EqualTo("policycompare csv"));
        Assert.That(first.All(File.Exists), Is.True);
    }
}
