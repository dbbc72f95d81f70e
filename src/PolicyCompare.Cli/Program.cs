using System.Runtime.InteropServices;
using PolicyCompare.Cli.Commands;

// Ctrl+C (SIGINT) and SIGTERM cancel the command's token: the run stops at the next check, removes its temporary
// folder and exits with 130 and one line (UserErrors). A second signal ends the process at once, as a shell user expects.
using var cancellation = new CancellationTokenSource();
void Cancel(PosixSignalContext context)
{
    context.Cancel = !cancellation.IsCancellationRequested;
    cancellation.Cancel();
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
return await PolicyCompareCommandLine.RunAsync(args, Console.Error, cancellation.Token);
