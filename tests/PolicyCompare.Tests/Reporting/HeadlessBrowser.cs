using System.Diagnostics;
using System.Text;

namespace PolicyCompare.Tests.Reporting;

/// <summary>
/// Opens files in Debian's headless chromium for rendering checks. When /usr/bin/chromium is missing it runs the
/// project's tests/setup-browser.sh (which installs it with apt-get) first.
/// </summary>
internal static class HeadlessBrowser
{
    private const string Executable = "/usr/bin/chromium";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);
    private static readonly Lock SetupLock = new();

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
        EnsureInstalled();
        string profile = Path.Combine(Path.GetTempPath(), "pc-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        try
        {
            var start = new ProcessStartInfo(Executable)
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

    private static void EnsureInstalled()
    {
        lock (SetupLock)
        {
            if (File.Exists(Executable))
            {
                return;
            }

            string script = FindSetupScript();
            var start = new ProcessStartInfo("bash") { UseShellExecute = false };
            start.ArgumentList.Add(script);
            using Process process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start.");
            process.WaitForExit();
            if (process.ExitCode != 0 || !File.Exists(Executable))
            {
                throw new InvalidOperationException($"{script} failed (exit {process.ExitCode}); chromium is needed for the browser tests.");
            }
        }
    }

    private static string FindSetupScript()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, "tests", "setup-browser.sh");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("tests/setup-browser.sh was not found above " + AppContext.BaseDirectory);
    }
}
