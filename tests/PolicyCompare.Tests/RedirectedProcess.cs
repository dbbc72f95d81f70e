using System.Diagnostics;
using System.Text;

namespace PolicyCompare.Tests;

/// <summary>How the tests start a child program: its own working folder, arguments as given, UTF-8 streams redirected.</summary>
internal static class RedirectedProcess
{
    public static ProcessStartInfo StartInfo(string fileName, string workingDirectory, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }
}
