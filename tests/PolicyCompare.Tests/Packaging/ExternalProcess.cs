using System.Diagnostics;

namespace PolicyCompare.Tests.Packaging;

/// <summary>Runs a program to completion with a time limit, capturing its output; a program that overruns is killed.</summary>
internal static class ExternalProcess
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        /// <summary>Both streams, for assertion messages.</summary>
        public override string ToString() => $"exit code {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
    }

    public static Result Run(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = RedirectedProcess.StartInfo(fileName, workingDirectory, arguments);

        // The test host runs under MSBuild/VSTest; a child dotnet command must not inherit their settings.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {timeout.TotalMinutes:0} minutes.\n{output.Result}\n{error.Result}");
        }

        process.WaitForExit();
        return new Result(process.ExitCode, output.Result, error.Result);
    }
}
