namespace PolicyCompare.Cli.Commands;

/// <summary>
/// Runs pipeline work that writes no file (reading, embedding, clustering, measuring) so that a cancellation returns at
/// once, even inside a long stage that checks its token rarely: the work is abandoned in memory and the process exits.
/// Writing (the report folder) is never run this way; it checks the token itself and removes its temporary folder.
/// </summary>
internal static class InMemoryWork
{
    /// <summary>Runs <paramref name="work"/> on the thread pool and stops waiting for it when <paramref name="cancel"/> fires.</summary>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken cancel) =>
        Task.Run(work, cancel).WaitAsync(cancel);

    /// <inheritdoc cref="RunAsync{T}(Func{Task{T}}, CancellationToken)"/>
    public static Task RunAsync(Func<Task> work, CancellationToken cancel) =>
        Task.Run(work, cancel).WaitAsync(cancel);
}
