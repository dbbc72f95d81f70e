namespace PolicyCompare.Cli.Terminal;

/// <summary>
/// Forwards the pipeline's <see cref="WorkProgress"/> to the display attached at the time, or drops it: the analyzer
/// (and the progress it reports to) is built before the display starts, and work abandoned on cancellation may still
/// report after the display has gone. Safe to call from any thread.
/// </summary>
internal sealed class WorkProgressRelay : IProgress<WorkProgress>
{
    private IProgress<WorkProgress>? _display;

    /// <summary>Sends later reports to <paramref name="display"/> until <see cref="Detach"/>.</summary>
    public void Attach(IProgress<WorkProgress> display) => Volatile.Write(ref _display, display);

    /// <summary>Drops later reports.</summary>
    public void Detach() => Volatile.Write(ref _display, null);

    /// <inheritdoc />
    public void Report(WorkProgress value) => Volatile.Read(ref _display)?.Report(value);
}
