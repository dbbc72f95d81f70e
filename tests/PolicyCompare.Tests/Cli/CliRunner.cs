using PolicyCompare.Cli.Commands;

namespace PolicyCompare.Tests.Cli;

/// <summary>Runs <c>policycompare</c> in-process with captured standard output and error.</summary>
internal static class CliRunner
{
    private static readonly SemaphoreSlim ConsoleLock = new(1, 1);

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        await ConsoleLock.WaitAsync();
        var (previousOut, previousError) = (Console.Out, Console.Error);
        using var output = new StringWriter();
        using var error = new StringWriter();
        try
        {
            Console.SetOut(output);
            Console.SetError(error);
            var exitCode = await PolicyCompareCommandLine.RunAsync(args, Console.Error);
            return (exitCode, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(previousOut);
            Console.SetError(previousError);
            ConsoleLock.Release();
        }
    }
}
