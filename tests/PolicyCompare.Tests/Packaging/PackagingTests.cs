using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;
using NUnit.Framework;

namespace PolicyCompare.Tests.Packaging;

/// <summary>
/// The packages as a researcher meets them: packed from this checkout into a local feed (<see cref="LocalFeed"/>), a new
/// console project references them and runs an analysis of two seed plans that saves a chart, and the tool installs
/// from the feed into a tool path and runs.
/// </summary>
[TestFixture]
[NonParallelizable]
[Category("Packaging")]
public sealed class PackagingTests
{
    private static readonly string[] Libraries = ["PolicyCompare", "PolicyCompare.Charts", "PolicyCompare.Reporting"];
    private static readonly string[] AllPackages = [.. Libraries, "PolicyCompare.Interactive", "PolicyCompare.Onnx", "PolicyCompare.Cli"];
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    private static LocalFeed Feed => LocalFeed.Instance;

    private static string Seed(string file) => Path.Combine(Feed.Repository, "seeds", file);

    [Test]
    public void Every_package_carries_its_metadata_and_symbols()
    {
        TestContext.Out.WriteLine($"dotnet pack: {Feed.PackTime.TotalSeconds:0} s, version {Feed.Version}");
        foreach (var id in AllPackages)
        {
            var package = Feed.Package(id);
            Assert.That(File.Exists(package), Is.True, package);
            TestContext.Out.WriteLine($"{id}.nupkg: {new FileInfo(package).Length / 1024.0 / 1024.0:0.0} MB");
            using var archive = ZipFile.OpenRead(package);
            var nuspec = XDocument.Load(archive.GetEntry(id + ".nuspec")!.Open());
            var ns = nuspec.Root!.Name.Namespace;
            var metadata = nuspec.Root.Element(ns + "metadata")!;
            string? Value(string name) => metadata.Element(ns + name)?.Value;

            Assert.That(Value("version"), Is.EqualTo(Feed.Version), id);
            Assert.That(Value("license"), Is.EqualTo("MIT"), id);
            Assert.That(Value("readme"), Is.EqualTo("README.md"), id);
            Assert.That(Value("icon"), Is.EqualTo("icon.png"), id);
            Assert.That(Value("description"), Is.Not.Empty, id);
            Assert.That(Value("tags"), Does.Contain("health-reform"), id);
            Assert.That(archive.GetEntry("README.md"), Is.Not.Null, id);
            Assert.That(archive.GetEntry("icon.png"), Is.Not.Null, id);

            // The repository URL comes from the checkout's git remote when that is a hosted repository (SourceLink turns
            // https://host/owner/name.git and git@host:owner/name.git into https://host/owner/name); with no remote, or
            // a remote that is a folder on this machine (a local clone, as CI's), no URL is made up.
            var remote = ExternalProcess.Run("git", ["remote", "get-url", "origin"], Feed.Repository, TimeSpan.FromSeconds(30)).Output.Trim();
            var url = metadata.Element(ns + "repository")?.Attribute("url")?.Value;
            if (remote.Length > 0 && !Path.IsPathRooted(remote) && !remote.StartsWith("file:", StringComparison.Ordinal) && !Directory.Exists(remote))
            {
                var name = remote.TrimEnd('/')[(remote.TrimEnd('/').LastIndexOfAny(['/', ':']) + 1)..].Replace(".git", string.Empty, StringComparison.Ordinal);
                Assert.That(url, Does.StartWith("https://").And.EndWith("/" + name), $"{id}: the repository URL of remote {remote}");
            }
            else
            {
                Assert.That(url, Is.Null, $"{id}: no hosted git remote ({(remote.Length == 0 ? "none" : remote)}), so no repository URL");
            }

            if (id != "PolicyCompare.Interactive")
            {
                Assert.That(File.Exists(Feed.Package(id, ".snupkg")), Is.True, id + " has a symbol package");
            }
        }
    }

    [Test]
    public void The_tool_is_framework_dependent_and_ships_native_libraries_for_five_runtimes_only()
    {
        using var archive = ZipFile.OpenRead(Feed.Package("PolicyCompare.Cli"));
        var runtimes = archive.Entries
            .Select(e => e.FullName.Split('/'))
            .Where(parts => parts.Length > 4 && parts[3] == "runtimes")
            .Select(parts => parts[4])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.That(runtimes, Is.SubsetOf(new[] { "linux-arm64", "linux-x64", "osx", "osx-arm64", "osx-x64", "win-arm64", "win-x64" }));
        Assert.That(archive.Entries.Where(e => e.FullName.EndsWith(".dbg", StringComparison.Ordinal) || e.FullName.EndsWith(".dwarf", StringComparison.Ordinal)), Is.Empty);
        Assert.That(archive.Entries.Any(e => e.FullName.EndsWith("/hostfxr.dll", StringComparison.Ordinal) || e.FullName.EndsWith("/libhostfxr.so", StringComparison.Ordinal)), Is.False, "no bundled .NET runtime");
        // Measured: 39 MB with SkiaSharp/HarfBuzz/ML.NET natives for the five runtimes, 85 MB since ONNX Runtime's
        // natives (--onnx) joined them; the same libraries for all 13 runtimes would be far over this ceiling.
        Assert.That(new FileInfo(Feed.Package("PolicyCompare.Cli")).Length, Is.LessThan(95L * 1024 * 1024));
    }

    [Test]
    public void The_notebook_package_puts_its_formatters_where_the_kernel_loads_extensions()
    {
        using var archive = ZipFile.OpenRead(Feed.Package("PolicyCompare.Interactive"));
        Assert.That(archive.GetEntry("interactive-extensions/dotnet/PolicyCompare.Interactive.dll"), Is.Not.Null);
        Assert.That(archive.Entries.Where(e => e.FullName.StartsWith("lib/", StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.Ordinal)), Is.Empty,
            "loaded by the kernel only, never also as a reference (the same assembly twice)");
    }

    [Test]
    public void A_new_console_project_references_the_packages_and_saves_a_chart()
    {
        var project = Path.Combine(Feed.Root, "consumer");
        Directory.CreateDirectory(project);
        WriteNuGetConfig(project);
        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="PolicyCompare" Version="{Feed.Version}" />
                <PackageReference Include="PolicyCompare.Reporting" Version="{Feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), """
            using PolicyCompare.Analysis;
            using PolicyCompare.Reporting;

            // args: two plan files, then the PNG to write
            PolicyAnalyzer analyzer = PolicyAnalyzer.Create();
            CorpusAnalysis analysis = await analyzer.AnalyzeAsync([args[0], args[1]]);
            analysis.Charts().CoverageHeatmap().SavePng(args[2]);
            Console.WriteLine($"{analysis.Corpus.Documents.Count} plans, {analysis.Corpus.Documents.Sum(d => d.Tasks.Count)} tasks, {analysis.Topics.Topics.Count} topics");
            """);

        var png = Path.Combine(project, "coverage.png");
        var clock = Stopwatch.StartNew();
        var run = ExternalProcess.Run("dotnet", ["run", "--", Seed("jilin-2021.txt"), Seed("chengdu-2021.txt"), png], project, Limit, Feed.ConsumerEnvironment);
        TestContext.Out.WriteLine($"consumer restore, build and run: {clock.Elapsed.TotalSeconds:0} s");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Output, Does.Contain("2 plans, 40 tasks"), run.ToString());
        Assert.That(File.ReadAllBytes(png).Take(8), Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), "a PNG file");
        Assert.That(Directory.Exists(Path.Combine(Feed.PackageCache, "policycompare", Feed.Version)), Is.True, "restored from the feed into the private cache");
    }

    [Test]
    public void The_readme_script_runs_as_a_file_based_app()
    {
        var readme = File.ReadAllText(Path.Combine(Feed.Repository, "README.md"));
        var start = readme.IndexOf("```csharp\n" + Docs.ReadmeSnippetTests.FileBasedAppMarker, StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThan(0), "the README has a file-based app snippet");
        var script = readme[(start + "```csharp\n".Length)..readme.IndexOf("```", start + 10, StringComparison.Ordinal)];
        var named = "@" + LocalFeed.VersionPrefix(Feed.Repository) + "\n";
        Assert.That(script, Does.Contain(named), "the snippet names the version in Directory.Build.props");

        var folder = Path.Combine(Feed.Root, "script");
        Directory.CreateDirectory(folder);
        WriteNuGetConfig(folder);
        // The feed holds only this run's version; everything else stays as written.
        File.WriteAllText(Path.Combine(folder, "coverage.cs"), script.Replace(named, "@" + Feed.Version + "\n", StringComparison.Ordinal));

        var clock = Stopwatch.StartNew();
        var run = ExternalProcess.Run("dotnet", ["run", "coverage.cs", "--", Seed("jilin-2021.txt"), Seed("chengdu-2021.txt")], folder, Limit, Feed.ConsumerEnvironment);
        TestContext.Out.WriteLine($"file-based app: {clock.Elapsed.TotalSeconds:0} s");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Output, Does.Contain("2 plans"));
        Assert.That(File.Exists(Path.Combine(folder, "out", "coverage.png")), Is.True);
        Assert.That(Directory.GetFiles(Path.Combine(folder, "out", "data"), "*.csv"), Is.Not.Empty);
    }

    private static void WriteNuGetConfig(string folder) =>
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="policycompare-local" value="{Feed.Feed}" />
              </packageSources>
            </configuration>
            """);

    [Test]
    public void The_tool_installs_from_the_feed_and_runs()
    {
        var tools = Path.Combine(Feed.Root, "tools");
        var clock = Stopwatch.StartNew();
        var install = ExternalProcess.Run(
            "dotnet", ["tool", "install", "PolicyCompare.Cli", "--version", Feed.Version, "--tool-path", tools, "--add-source", Feed.Feed],
            Feed.Root, Limit, Feed.ConsumerEnvironment);
        TestContext.Out.WriteLine($"tool install: {clock.Elapsed.TotalSeconds:0} s");
        Assert.That(install.ExitCode, Is.EqualTo(0), install.ToString());

        var command = Path.Combine(tools, OperatingSystem.IsWindows() ? "policycompare.exe" : "policycompare");
        var help = ExternalProcess.Run(command, ["--help"], Feed.Root, Limit);
        Assert.That(help.ExitCode, Is.EqualTo(0), help.ToString());
        Assert.That(help.Output, Does.Contain("policycompare [command] [options]"));
        Assert.That(help.Output, Does.Not.Contain("PolicyCompare.Cli"));

        var version = ExternalProcess.Run(command, ["--version"], Feed.Root, Limit);
        Assert.That(version.Output.Trim(), Does.StartWith(Feed.Version));

        var parse = ExternalProcess.Run(command, ["parse", Seed("jilin-2021.txt")], Feed.Root, Limit);
        Assert.That(parse.ExitCode, Is.EqualTo(0), parse.ToString());
        Assert.That(parse.Output, Does.Contain("jilin-2021").And.Contain("1 document, 20 tasks."));
    }
}
