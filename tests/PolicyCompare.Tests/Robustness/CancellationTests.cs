using System.Diagnostics;
using NUnit.Framework;
using PolicyCompare.Reporting;
using PolicyCompare.Tests.Parsing;
using PolicyCompare.Tests.Reporting;

namespace PolicyCompare.Tests.Robustness;

/// <summary>
/// Issue 10 §2: Ctrl+C (SIGINT) and SIGTERM, sent for real with kill(1) to the built command running as a child
/// process, cancel the run through its token: exit code 130, one line, no temporary folder, the previous report intact.
/// </summary>
[TestFixture]
[NonParallelizable] // child processes that take both cores
public sealed class CancellationTests
{
    private Scratch _scratch = null!;

    [SetUp]
    public void SetUp() => _scratch = new Scratch();

    [TearDown]
    public void TearDown() => _scratch.Dispose();

    [Test]
    public void SIGINT_while_the_report_is_being_written_keeps_the_previous_report_and_leaves_no_temporary_folder()
    {
        var (report, before, started) = StartWritingOverAPreviousReport();
        using var cli = started;
        var signalled = Stopwatch.StartNew();
        cli.Signal("INT");
        var exitCode = cli.WaitForExit(TimeSpan.FromSeconds(30));
        TestContext.Out.WriteLine($"SIGINT while writing: exited {signalled.ElapsedMilliseconds} ms after the signal");

        AssertCancelled(exitCode, cli);
        Scratch.AssertUnchanged(report, before);
        Assert.That(Scratch.Leftovers(_scratch.Root), Is.Empty, "the temporary folder is removed");
    }

    [Test]
    public void A_second_SIGINT_while_the_report_is_being_written_ends_at_once_and_still_leaves_no_temporary_folder()
    {
        var (report, before, started) = StartWritingOverAPreviousReport();
        using var cli = started;
        // Two signals 20 ms apart, as a user pressing Ctrl+C twice; the second may find the process already gone.
        using (var twice = Process.Start(new ProcessStartInfo("sh") { ArgumentList = { "-c", $"kill -INT {cli.Id}; sleep 0.02; kill -INT {cli.Id} 2>/dev/null; true" }, UseShellExecute = false })!)
        {
            twice.WaitForExit();
        }

        var exitCode = cli.WaitForExit(TimeSpan.FromSeconds(30));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(130), cli.Error);
            Assert.That(cli.Error, Does.Contain("cancelled:"));
            Assert.That(cli.Output, Is.Empty);
        });
        Scratch.AssertUnchanged(report, before);
        Assert.That(Scratch.Leftovers(_scratch.Root), Is.Empty, "the temporary folder is removed");
    }

    [Test]
    public void SIGTERM_during_the_analysis_exits_130_and_writes_nothing()
    {
        var plans = _scratch.Path("plans");
        Directory.CreateDirectory(plans);
        foreach (var copy in new[] { "a", "b", "c", "d" })
        {
            foreach (var seed in Directory.GetFiles(SeedCorpus.Folder, "*.txt"))
            {
                File.Copy(seed, Path.Combine(plans, $"{Path.GetFileNameWithoutExtension(seed)}-{copy}.txt"));
            }
        }

        var report = _scratch.Path("report");
        using var cli = CliProcess.Start(_scratch.Root, "report", plans, "--out", report);
        Assert.That(WaitFor(() => cli.Error.Contains("[2/5]", StringComparison.Ordinal), cli), Is.True, "the analysis has started embedding");
        var signalled = Stopwatch.StartNew();
        cli.Signal("TERM");
        var exitCode = cli.WaitForExit(TimeSpan.FromSeconds(30));
        TestContext.Out.WriteLine($"SIGTERM while embedding: exited {signalled.ElapsedMilliseconds} ms after the signal");

        AssertCancelled(exitCode, cli);
        Assert.That(Directory.Exists(report), Is.False);
        Assert.That(Scratch.Leftovers(_scratch.Root), Is.Empty);
    }

    /// <summary>Writes a previous report, starts <c>report</c> over it and waits until its temporary folder appears.</summary>
    private (string Report, IReadOnlyDictionary<string, byte[]> Before, CliProcess Cli) StartWritingOverAPreviousReport()
    {
        var plans = _scratch.SeedCopy();
        var report = _scratch.Path("report");
        new ReportFolderWriter().Write(report, SampleReport.Build(), [ReportFile.FromText("analysis.json", "{\"previous\":true}")], ReportFormats.All);
        var before = Scratch.Snapshot(report);
        var cli = CliProcess.Start(_scratch.Root, "report", plans, "--out", report);
        Assert.That(WaitFor(() => Scratch.Leftovers(_scratch.Root).Any(n => n.StartsWith(".report.tmp-", StringComparison.Ordinal)), cli),
            Is.True, "the report's temporary folder appears: writing has started");
        return (report, before, cli);
    }

    private static void AssertCancelled(int exitCode, CliProcess cli)
    {
        Assert.That(exitCode, Is.EqualTo(130), cli.Error);
        var lines = cli.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('[')).ToArray();
        Assert.That(lines, Has.Length.EqualTo(1), "one line besides the progress lines");
        Assert.That(lines[0], Does.StartWith("cancelled:"));
        Assert.That(cli.Output, Is.Empty);
    }

    /// <summary>Polls until <paramref name="condition"/> holds or the child exits; false if it never held.</summary>
    private static bool WaitFor(Func<bool> condition, CliProcess cli)
    {
        var limit = Stopwatch.StartNew();
        while (limit.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (condition())
            {
                return true;
            }

            if (cli.HasExited)
            {
                return condition();
            }

            Thread.Sleep(5);
        }

        return false;
    }
}
