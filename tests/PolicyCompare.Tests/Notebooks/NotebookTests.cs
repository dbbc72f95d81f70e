using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using NUnit.Framework;
using PolicyCompare.Tests.Packaging;

namespace PolicyCompare.Tests.Notebooks;

/// <summary>
/// Runs every notebook in the real .NET Interactive kernel (dotnet-repl, a local tool of this repository) against the
/// packages of this checkout, as a reader would run it: the first cell's <c>#i</c>/<c>#r</c> directives stay, pointed
/// at this run's feed and version instead of the ones the committed notebook names (<see cref="NotebookFeed"/>,
/// the version in Directory.Build.props). A failing cell fails the test.
/// Set POLICYCOMPARE_WRITE_NOTEBOOK_OUTPUTS=1 to write the outputs of the run back into notebooks/ (with the committed
/// feed and version names), which is how the committed outputs are made.
/// </summary>
[TestFixture]
[NonParallelizable]
[Category("Packaging")]
public sealed class NotebookTests
{
    /// <summary>The feed folder the committed notebooks name: where the README tells a developer to pack.</summary>
    public const string NotebookFeed = "/tmp/policycompare/packages";

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    private static LocalFeed Feed => LocalFeed.Instance;

    internal static IEnumerable<string> Notebooks() =>
        Directory.GetFiles(Path.Combine(LocalFeed.FindRepository(), "notebooks"), "*.ipynb").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    internal static string NotebookPath(string name) => Path.Combine(LocalFeed.FindRepository(), "notebooks", name);

    [OneTimeSetUp]
    public void RestoreTools()
    {
        var restore = ExternalProcess.Run("dotnet", ["tool", "restore"], Feed.Repository, Limit, Feed.ConsumerEnvironment);
        Assert.That(restore.ExitCode, Is.EqualTo(0), restore.ToString());
    }

    [TestCaseSource(nameof(Notebooks))]
    public void Every_cell_runs_in_the_real_kernel(string name)
    {
        var version = LocalFeed.VersionPrefix(Feed.Repository);
        var committed = File.ReadAllText(NotebookPath(name));
        var run = PointAt(committed, NotebookFeed, version, Feed.Feed, Feed.Version);
        Assert.That(run, Is.Not.EqualTo(committed), "the notebook names the feed and version it was committed with");

        var folder = Path.Combine(Feed.Root, "notebooks");
        Directory.CreateDirectory(folder);
        var input = Path.Combine(folder, name);
        var output = Path.Combine(folder, Path.GetFileNameWithoutExtension(name) + ".output.ipynb");
        File.WriteAllText(input, run);

        var clock = Stopwatch.StartNew();
        // Run from the notebooks folder, as a notebook front end does (its paths are relative to it); the tool manifest
        // is found above it.
        var repl = ExternalProcess.Run(
            "dotnet", ["repl", "--run", input, "--exit-after-run", "--output-path", output],
            Path.Combine(Feed.Repository, "notebooks"), Limit, Feed.ConsumerEnvironment);
        TestContext.Out.WriteLine($"{name}: {clock.Elapsed.TotalSeconds:0} s in the kernel");

        var errors = File.Exists(output)
            ? JsonNode.Parse(File.ReadAllText(output))!["cells"]!.AsArray()
                .SelectMany(c => c!["outputs"]?.AsArray() ?? [])
                .Where(o => (string?)o!["output_type"] == "error")
                .Select(o => (string?)o!["evalue"])
                .ToList()
            : [];
        Assert.That(errors, Is.Empty, $"{name}: failing cells");
        Assert.That(repl.ExitCode, Is.EqualTo(0), repl.ToString());

        var text = File.ReadAllText(output);
        Assert.That(text, Does.Contain("table class=\\\"policycompare\\\""), "PolicyCompare.Interactive's formatters are loaded");
        // The first four draw charts; the fifth is about inputs and shows tables only.
        if (!name.StartsWith("05", StringComparison.Ordinal))
        {
            Assert.That(text, Does.Contain("<img src=\\\"data:image/png;base64,"), "a chart displays as an image");
        }

        if (Environment.GetEnvironmentVariable("POLICYCOMPARE_WRITE_NOTEBOOK_OUTPUTS") == "1")
        {
            File.WriteAllText(NotebookPath(name), Tidy(PointAt(text, Feed.Feed, Feed.Version, NotebookFeed, version)));
        }
    }

    internal static string Source(JsonNode cell) => string.Concat(cell["source"]!.AsArray().Select(s => (string?)s));

    /// <summary>Renames the package feed and version the notebook text refers to.</summary>
    private static string PointAt(string notebook, string fromFeed, string fromVersion, string toFeed, string toVersion) =>
        notebook
            .Replace("nuget: " + fromFeed, "nuget: " + toFeed, StringComparison.Ordinal)
            .Replace(" " + fromFeed + "<", " " + toFeed + "<", StringComparison.Ordinal)
            .Replace("PolicyCompare, " + fromVersion, "PolicyCompare, " + toVersion, StringComparison.Ordinal)
            .Replace("PolicyCompare.Interactive, " + fromVersion, "PolicyCompare.Interactive, " + toVersion, StringComparison.Ordinal);

    /// <summary>
    /// The kernel redraws its package-restore progress as a new output each time; a notebook front end shows only the
    /// last one, so only the last is kept. The execution order is numbered, as a front end would.
    /// </summary>
    private static string Tidy(string notebook)
    {
        var document = JsonNode.Parse(notebook)!;
        var count = 0;
        foreach (var cell in document["cells"]!.AsArray().Where(c => (string?)c!["cell_type"] == "code"))
        {
            cell!["execution_count"] = ++count;
            var outputs = cell["outputs"]!.AsArray();
            // Also the kernel's "Loading extensions from <package cache path>" lines, which name this run's temporary cache.
            var progress = outputs.Where(o => o!.ToJsonString() is var json && (json.Contains("Installing Packages", StringComparison.Ordinal) || json.Contains("Loading extensions from", StringComparison.Ordinal))).ToList();
            foreach (var stale in progress)
            {
                outputs.Remove(stale);
            }
        }

        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }
}
