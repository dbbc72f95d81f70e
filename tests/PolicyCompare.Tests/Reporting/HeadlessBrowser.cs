using System.Diagnostics;
using System.Text;

namespace PolicyCompare.Tests.Reporting;

/// <summary>
/// Opens files in headless Chromium for rendering checks. The browser is the one named by the POLICYCOMPARE_CHROMIUM
/// environment variable, else the first of chromium, chromium-browser, google-chrome on PATH (.ci/run installs
/// Debian's chromium through tests/setup-browser.sh). Without one, a browser test is skipped and says why; a browser
/// that does not finish in time is killed, so a test never hangs.
/// </summary>
internal static class HeadlessBrowser
{
    /// <summary>The environment variable that names the browser executable.</summary>
    public const string Variable = "POLICYCOMPARE_CHROMIUM";

    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);
    private static readonly Lazy<string?> Executable = new(Find);

    /// <summary>Takes a 1280×2000 screenshot of <paramref name="htmlFile"/> into <paramref name="pngFile"/>.</summary>
    public static void Screenshot(string htmlFile, string pngFile)
    {
        Run(["--screenshot=" + pngFile, "--window-size=1280,2000", new Uri(htmlFile).AbsoluteUri], out _);
        if (!File.Exists(pngFile))
        {
            throw new InvalidOperationException($"chromium wrote no screenshot to {pngFile}.");
        }
    }

    /// <summary>Fraction of sampled pixels of a PNG that are not near-white (0 for a blank page).</summary>
    public static double InkFraction(string pngFile)
    {
        using SkiaSharp.SKBitmap bitmap = SkiaSharp.SKBitmap.Decode(pngFile);
        int ink = 0, sampled = 0;
        for (int y = 0; y < bitmap.Height; y += 4)
        {
            for (int x = 0; x < bitmap.Width; x += 4)
            {
                SkiaSharp.SKColor pixel = bitmap.GetPixel(x, y);
                sampled++;
                if (pixel.Red < 235 || pixel.Green < 235 || pixel.Blue < 235)
                {
                    ink++;
                }
            }
        }

        return ink / (double)sampled;
    }

    /// <summary>The DOM of <paramref name="htmlFile"/> after load (scripts run), as serialised by chromium.</summary>
    public static string DumpDom(string htmlFile)
    {
        Run(["--dump-dom", "--virtual-time-budget=5000", new Uri(htmlFile).AbsoluteUri], out string stdout);
        return stdout;
    }

    private static void Run(IEnumerable<string> arguments, out string stdout)
    {
        string executable = Require();
        string profile = Path.Combine(Path.GetTempPath(), "pc-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        try
        {
            var start = new ProcessStartInfo(executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8,
            };
            foreach (string argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile,
            }.Concat(arguments))
            {
                start.ArgumentList.Add(argument);
            }

            using Process process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start.");
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            Task<string> errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"chromium did not finish within {Timeout.TotalSeconds} s.");
            }

            stdout = output.Result;
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"chromium exited with {process.ExitCode}: {errors.Result}");
            }
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    /// <summary>The browser to run; skips the calling test, with the reason, when there is none.</summary>
    private static string Require() =>
        Executable.Value ?? throw new NUnit.Framework.IgnoreException(
            $"No Chromium: {Variable} is not set to an executable and none of {string.Join(", ", Names)} is on PATH (bash tests/setup-browser.sh installs Debian's).");

    /// <summary>The executable <see cref="Variable"/> names, else the first of <see cref="Names"/> on PATH.</summary>
    internal static string? Find()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } named)
        {
            return File.Exists(named) ? named : OnPath(named);
        }

        return Names.Select(OnPath).FirstOrDefault(path => path is not null);
    }

    private static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
