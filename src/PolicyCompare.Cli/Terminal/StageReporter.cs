using System.Globalization;
using PolicyCompare.Analysis;
using Spectre.Console;

namespace PolicyCompare.Cli.Terminal;

/// <summary>
/// Shows which pipeline stage is running: a Spectre.Console progress display on an interactive terminal, whose running
/// stage's bar also shows the work done in the current step (<see cref="WorkProgress"/>); plain lines on standard error
/// otherwise (redirected output, CI), one per stage, so logs stay short and standard output stays clean for data.
/// </summary>
internal static class StageReporter
{
    private static readonly string[] Names = ["Reading plans", "Embedding tasks", "Finding topics", "Measuring", "Writing report"];

    public static bool Interactive =>
        !System.Console.IsErrorRedirected && !System.Console.IsOutputRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    /// <summary>Runs <paramref name="body"/>, reporting the stages it announces (the last one, 4, is writing).</summary>
    /// <param name="stageCount">Stages shown, from the first.</param>
    /// <param name="steps">The relay the pipeline reports its steps to; shown on the running stage's bar when interactive.</param>
    /// <param name="body">The work, told each stage as it starts.</param>
    public static async Task<T> RunAsync<T>(int stageCount, WorkProgressRelay steps, Func<IProgress<int>, Task<T>> body)
    {
        if (!Interactive)
        {
            var plain = new PlainProgress(stageCount);
            return await body(plain).ConfigureAwait(false);
        }

        T result = default!;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new SpinnerColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var tasks = Names.Take(stageCount).Select(n => context.AddTask(n, autoStart: false, maxValue: 1)).ToArray();
                var progress = new SpectreProgress(tasks);
                steps.Attach(progress);
                try
                {
                    result = await body(progress).ConfigureAwait(false);
                }
                finally
                {
                    steps.Detach();
                }

                progress.Report(stageCount);
            }).ConfigureAwait(false);
        return result;
    }

    /// <summary>Forwards the analyzer's stages to a progress display (stage order = display position).</summary>
    public static IProgress<PipelineStage> ForPipeline(IProgress<int> display) => new PipelineAdapter(display);

    private sealed class PipelineAdapter(IProgress<int> display) : IProgress<PipelineStage>
    {
        public void Report(PipelineStage value) => display.Report((int)value);
    }

    private sealed class PlainProgress(int stageCount) : IProgress<int>
    {
        public void Report(int value)
        {
            if (value < stageCount)
            {
                System.Console.Error.WriteLine($"[{value + 1}/{stageCount}] {Names[value]}…");
            }
        }
    }

    /// <summary>
    /// Drives one bar per stage. Stages only move forward; the running stage's bar shows the fraction done of the step
    /// reported last and its description names the step (<c>Embedding tasks · LSA 3/6</c>). Reports may come from worker
    /// threads at any rate: they are applied under a lock, and Spectre redraws at its own pace, which is the throttle.
    /// </summary>
    internal sealed class SpectreProgress : IProgress<int>, IProgress<WorkProgress>
    {
        private readonly ProgressTask[] _tasks;
        private readonly string[] _names;
        private readonly Lock _gate = new();
        private int _stage = -1;
        private WorkProgress? _last;

        /// <summary>Drives <paramref name="tasks"/>, one per stage; their descriptions are the stage names.</summary>
        public SpectreProgress(ProgressTask[] tasks)
        {
            _tasks = tasks;
            _names = tasks.Select(t => t.Description).ToArray();
        }

        /// <summary>Completes every stage before <paramref name="value"/> and starts that one; stages only move forward.</summary>
        public void Report(int value)
        {
            lock (_gate)
            {
                // The running stage is tracked here, not read from the bars: Spectre counts a bar as finished once it is
                // full, which a completed step makes it while its stage still runs.
                if (value <= _stage)
                {
                    return;
                }

                for (var i = Math.Max(_stage, 0); i < Math.Min(value, _tasks.Length); i++)
                {
                    var task = _tasks[i];
                    if (!task.IsStarted)
                    {
                        task.StartTask();
                    }

                    task.Description = _names[i];
                    task.Value = task.MaxValue;
                    task.StopTask();
                }

                if (value < _tasks.Length)
                {
                    _tasks[value].StartTask();
                }

                _stage = value;
                _last = null;
            }
        }

        /// <summary>
        /// Shows <paramref name="value"/> on the running stage's bar: value Done of maximum Total, and the step with its
        /// counts in the description. A report with a lower Done than the last one of the same step (possible when worker
        /// threads race) is dropped, so the bar never moves back; only a new run of a completed step starts again from 0.
        /// </summary>
        public void Report(WorkProgress value)
        {
            lock (_gate)
            {
                if (_stage < 0 || _stage >= _tasks.Length || value.Total <= 0)
                {
                    return;
                }

                if (_last is { } last && last.Step == value.Step && value.Done < last.Done && !(value.Done == 0 && last.Done == last.Total))
                {
                    return;
                }

                _last = value;
                var task = _tasks[_stage];
                var done = Math.Clamp(value.Done, 0, value.Total);
                task.MaxValue = value.Total;
                task.Value = done;
                task.Description = string.Create(CultureInfo.InvariantCulture, $"{_names[_stage]} · {Markup.Escape(value.Step)} {done:N0}/{value.Total:N0}");
            }
        }
    }
}
