using System.Diagnostics;
using System.Text;
using NUnit.Framework;

namespace PolicyCompare.Tests.Robustness;

/// <summary>
/// Runs the built <c>policycompare</c> (PolicyCompare.Cli.dll, copied next to the tests) as a child process, so tests can
/// give it its own working folder and send it real signals.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();
    private readonly object _lock = new();

    private CliProcess(Process process)
    {
        _process = process;
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_lock)
            {
                return _output.ToString();
            }
        }
    }

    public string Error
    {
        get
        {
            lock (_lock)
            {
                return _error.ToString();
            }
        }
    }

    public static CliProcess Start(string workingDirectory, params string[] args)
    {
        var start = RedirectedProcess.StartInfo(DotnetHost(), workingDirectory, [Path.Combine(TestContext.CurrentContext.TestDirectory, "PolicyCompare.Cli.dll"), .. args]);

        start.Environment["CI"] = "1"; // plain progress lines, no live display
        var process = new Process { StartInfo = start };
        var cli = new CliProcess(process);
        process.OutputDataReceived += (_, e) => cli.Append(cli._output, e.Data);
        process.ErrorDataReceived += (_, e) => cli.Append(cli._error, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return cli;
    }

    /// <summary>Runs to the end (at most two minutes) and returns the exit code with both streams.</summary>
    public static (int ExitCode, string Output, string Error) Run(string workingDirectory, params string[] args)
    {
        using var cli = Start(workingDirectory, args);
        var exitCode = cli.WaitForExit(TimeSpan.FromMinutes(2));
        return (exitCode, cli.Output, cli.Error);
    }

    /// <summary>Sends a real POSIX signal (INT, TERM) with kill(1).</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-" + name, Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, UseShellExecute = false })!;
        kill.WaitForExit();
        Assert.That(kill.ExitCode, Is.Zero, $"kill -{name} {Id}");
    }

    /// <summary>Waits for the exit; a process still running after <paramref name="limit"/> is a hang and fails the test.</summary>
    public int WaitForExit(TimeSpan limit)
    {
        if (!_process.WaitForExit(limit))
        {
            _process.Kill(entireProcessTree: true);
            Assert.Fail($"policycompare did not exit within {limit}; stderr so far:\n{Error}");
        }

        _process.WaitForExit(); // drains the redirected streams
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private void Append(StringBuilder target, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lock)
        {
            target.Append(line).Append('\n');
        }
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
