using PolicyCompare.Analysis;
using Spectre.Console;

namespace PolicyCompare.Cli.Terminal;

/// <summary>
/// Shows which pipeline stage is running: a Spectre.Console progress display on an interactive terminal, plain lines on
/// standard error otherwise (redirected output, CI), so logs stay readable and standard output stays clean for data.
/// </summary>
internal static class StageReporter
{
    private static readonly string[] Names = ["Reading plans", "Embedding tasks", "Finding topics", "Measuring", "Writing report"];

    public static bool Interactive =>
        !System.Console.IsErrorRedirected && !System.Console.IsOutputRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    /// <summary>Runs <paramref name="body"/>, reporting the stages it announces (the last one, 4, is writing).</summary>
    public static async Task<T> RunAsync<T>(int stageCount, Func<IProgress<int>, Task<T>> body)
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
                result = await body(progress).ConfigureAwait(false);
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

    internal sealed class SpectreProgress(ProgressTask[] tasks) : IProgress<int>
    {
        /// <summary>Completes every stage before <paramref name="value"/> and starts that one; stages only move forward.</summary>
        public void Report(int value)
        {
            for (var i = 0; i < tasks.Length; i++)
            {
                var task = tasks[i];
                if (task.IsFinished)
                {
                    continue;
                }

                if (i < value)
                {
                    if (!task.IsStarted)
                    {
                        task.StartTask();
                    }

                    task.Value = task.MaxValue;
                    task.StopTask();
                }
                else if (i == value && !task.IsStarted)
                {
                    task.StartTask();
                }
            }
        }
    }
}
