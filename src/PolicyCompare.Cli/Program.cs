using System.Runtime.InteropServices;
using PolicyCompare.Cli.Commands;

// Ctrl+C (SIGINT) and SIGTERM cancel the command's token: the run stops at the next check, removes its temporary
// folder and exits with 130 and one line (UserErrors). A second signal ends the process at once, as a shell user expects,
// after removing any half-written temporary output folder (the previous output is untouched either way).
using var cancellation = new CancellationTokenSource();
void Cancel(PosixSignalContext context)
{
    if (!cancellation.IsCancellationRequested)
    {
        context.Cancel = true;
        cancellation.Cancel();
        return;
    }

    PolicyCompare.Export.OutputFolder.RemoveUnfinished();
    Console.Error.WriteLine("cancelled: stopped at once on a second signal; no output was written and nothing existing was changed.");
    context.Cancel = false;
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
return await PolicyCompareCommandLine.RunAsync(args, Console.Error, cancellation.Token);
