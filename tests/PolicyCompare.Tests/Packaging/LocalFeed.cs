using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyCompare.Tests.Packaging;

/// <summary>
/// The packages of this checkout, packed once per test run into a temporary folder feed with a version no earlier run
/// used (<c>&lt;VersionPrefix&gt;-test.&lt;UTC time&gt;.&lt;random&gt;</c>), plus a private NuGet package cache for the
/// consumers (so no package a previous run left in the user's cache can stand in for the new one; third-party packages
/// are still restored from the configured NuGet sources).
/// </summary>
internal sealed partial class LocalFeed
{
    private static readonly Lazy<LocalFeed> Shared = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);
    private static bool _created;

    private LocalFeed(string root, string repository, string version, TimeSpan packTime)
    {
        Root = root;
        Repository = repository;
        Version = version;
        PackTime = packTime;
    }

    /// <summary>The feed of this test run (packed on first use).</summary>
    public static LocalFeed Instance => Shared.Value;

    /// <summary>The temporary folder holding the feed, the package cache and the consumers.</summary>
    public string Root { get; }

    /// <summary>The repository checkout the packages were made from.</summary>
    public string Repository { get; }

    /// <summary>The folder feed with the .nupkg and .snupkg files.</summary>
    public string Feed => Path.Combine(Root, "feed");

    /// <summary>The private NuGet package cache (NUGET_PACKAGES) of every consumer.</summary>
    public string PackageCache => Path.Combine(Root, "packages");

    /// <summary>The version every package of this run has.</summary>
    public string Version { get; }

    /// <summary>How long <c>dotnet pack</c> took.</summary>
    public TimeSpan PackTime { get; }

    /// <summary>Environment for a consumer: the private package cache.</summary>
    public IReadOnlyDictionary<string, string?> ConsumerEnvironment => new Dictionary<string, string?> { ["NUGET_PACKAGES"] = PackageCache };

    /// <summary>The path of package <paramref name="id"/> in the feed.</summary>
    public string Package(string id, string extension = ".nupkg") => Path.Combine(Feed, $"{id}.{Version}{extension}");

    /// <summary>Deletes the run's folder, if this run made one.</summary>
    public static void DeleteIfCreated()
    {
        if (_created && Shared.IsValueCreated && Directory.Exists(Shared.Value.Root))
        {
            Directory.Delete(Shared.Value.Root, recursive: true);
        }
    }

    /// <summary>The repository root: the folder above the test output that holds PolicyCompare.sln.</summary>
    public static string FindRepository()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PolicyCompare.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("PolicyCompare.sln was not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The version prefix set in Directory.Build.props, the one place the version is kept.</summary>
    public static string VersionPrefix(string repository) =>
        VersionPrefixElement().Match(File.ReadAllText(Path.Combine(repository, "Directory.Build.props"))) is { Success: true } match
            ? match.Groups["version"].Value
            : throw new InvalidDataException("Directory.Build.props sets no <VersionPrefix>.");

    private static LocalFeed Create()
    {
        var repository = FindRepository();
        var suffix = "test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "." + Random.Shared.Next(1000, 9999).ToString(CultureInfo.InvariantCulture);
        var root = Path.Combine(Path.GetTempPath(), "policycompare-packaging-" + Guid.NewGuid().ToString("N")[..8]);
        var feed = Path.Combine(root, "feed");
        Directory.CreateDirectory(feed);
        Directory.CreateDirectory(Path.Combine(root, "packages"));
        _created = true;

        var clock = Stopwatch.StartNew();
        var pack = ExternalProcess.Run(
            "dotnet", ["pack", Path.Combine(repository, "PolicyCompare.Packages.slnf"), "-c", "Release", "-o", feed, "-p:VersionSuffix=" + suffix, "-nologo"],
            repository, TimeSpan.FromMinutes(20));
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack failed: " + pack);
        }

        return new LocalFeed(root, repository, VersionPrefix(repository) + "-" + suffix, clock.Elapsed);
    }

    [GeneratedRegex("<VersionPrefix>(?<version>[^<]+)</VersionPrefix>")]
    private static partial Regex VersionPrefixElement();
}
