using NUnit.Framework;
using PolicyCompare.Cli.Terminal;
using Spectre.Console;

namespace PolicyCompare.Tests.Cli;

[TestFixture]
public sealed class StageReporterTests
{
    [Test]
    public void Stages_complete_in_order_and_a_repeated_report_does_not_restart_a_finished_stage()
    {
        var tasks = Enumerable.Range(0, 3).Select(i => new ProgressTask(i, $"stage {i}", 1, autoStart: false)).ToArray();
        var progress = new StageReporter.SpectreProgress(tasks);

        progress.Report(0);
        progress.Report(1);
        progress.Report(1);
        Assert.That(tasks.Select(t => (t.IsStarted, t.IsFinished)), Is.EqualTo(new[] { (true, true), (true, false), (false, false) }));

        progress.Report(2);
        progress.Report(3);
        Assert.That(tasks.All(t => t.IsFinished && t.Value == t.MaxValue), Is.True);
    }
}
