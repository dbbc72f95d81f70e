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

    [Test]
    public void A_step_sets_the_running_stage_bar_to_its_fraction_and_names_it()
    {
        var tasks = new[] { "Reading plans", "Embedding tasks", "Finding topics" }.Select((n, i) => new ProgressTask(i, n, 1, autoStart: false)).ToArray();
        var progress = new StageReporter.SpectreProgress(tasks);

        progress.Report(new WorkProgress("files", 1, 5));
        Assert.That((tasks[0].Value, tasks[0].Description), Is.EqualTo((0d, "Reading plans")), "no stage runs yet: nothing to show it on");

        progress.Report(1);
        progress.Report(new WorkProgress("LSA", 3, 8));
        Assert.That((tasks[1].Value, tasks[1].MaxValue, tasks[1].Description), Is.EqualTo((3d, 8d, "Embedding tasks · LSA 3/8")));

        progress.Report(new WorkProgress("LSA", 2, 8));
        Assert.That(tasks[1].Value, Is.EqualTo(3d), "a late report from a slower thread does not move the bar back");

        progress.Report(new WorkProgress("LSA", 8, 8));
        progress.Report(new WorkProgress("embedding", 1200, 4500));
        Assert.That((tasks[1].Value, tasks[1].MaxValue, tasks[1].Description), Is.EqualTo((1200d, 4500d, "Embedding tasks · embedding 1,200/4,500")), "a new step restarts the bar, also after a step that filled it");

        progress.Report(2);
        Assert.That((tasks[1].IsFinished, tasks[1].Value, tasks[1].MaxValue, tasks[1].Description), Is.EqualTo((true, 4500d, 4500d, "Embedding tasks")), "a finished stage is full and shows its name");
        progress.Report(new WorkProgress("embedding", 4500, 4500));
        Assert.That(tasks[1].Description, Is.EqualTo("Embedding tasks"), "a finished stage takes no more steps");
        Assert.That(tasks[2].Description, Is.EqualTo("Finding topics · embedding 4,500/4,500"), "the report goes to the stage running now");
    }

    [Test]
    public void Reports_from_many_threads_leave_the_bar_at_the_furthest_done()
    {
        var tasks = new[] { new ProgressTask(0, "Finding topics", 1, autoStart: false) };
        var progress = new StageReporter.SpectreProgress(tasks);
        progress.Report(0);

        Parallel.For(1, 2001, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => progress.Report(new WorkProgress("silhouette", i, 2000)));

        Assert.That((tasks[0].Value, tasks[0].Description), Is.EqualTo((2000d, "Finding topics · silhouette 2,000/2,000")));
    }

    [Test]
    public void A_completed_step_may_run_again_from_zero()
    {
        var tasks = new[] { new ProgressTask(0, "Embedding tasks", 1, autoStart: false) };
        var progress = new StageReporter.SpectreProgress(tasks);
        progress.Report(0);

        progress.Report(new WorkProgress("LSA", 6, 6));
        progress.Report(new WorkProgress("LSA", 0, 6));

        Assert.That((tasks[0].Value, tasks[0].Description), Is.EqualTo((0d, "Embedding tasks · LSA 0/6")));
    }

    [Test]
    public void The_relay_forwards_only_while_a_display_is_attached()
    {
        var relay = new WorkProgressRelay();
        var seen = new List<WorkProgress>();
        var display = new Recorder(seen.Add);

        relay.Report(new WorkProgress("files", 0, 2));
        relay.Attach(display);
        relay.Report(new WorkProgress("files", 1, 2));
        relay.Detach();
        relay.Report(new WorkProgress("files", 2, 2));

        Assert.That(seen, Is.EqualTo(new[] { new WorkProgress("files", 1, 2) }));
    }

    private sealed class Recorder(Action<WorkProgress> report) : IProgress<WorkProgress>
    {
        public void Report(WorkProgress value) => report(value);
    }
}
