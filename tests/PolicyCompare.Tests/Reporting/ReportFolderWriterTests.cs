using NUnit.Framework;
using PolicyCompare.Reporting;

namespace PolicyCompare.Tests.Reporting;

[TestFixture]
public sealed class ReportFolderWriterTests
{
    private string root = null!;

    [SetUp]
    public void CreateRoot()
    {
        root = Path.Combine(Path.GetTempPath(), "pc-report-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
    }

    [TearDown]
    public void DeleteRoot() => Directory.Delete(root, recursive: true);

    private static ReportFile[] DataFiles() =>
    [
        ReportFile.FromText("data/coverage.csv", "region,topics\n吉林省 2021,31\n"),
        ReportFile.FromText("analysis.json", "{\"plans\":5}"),
    ];

    [Test]
    public void Writes_renderings_charts_and_data_files()
    {
        string target = Path.Combine(root, "report");
        new ReportFolderWriter().Write(target, SampleReport.Build(), DataFiles(), ReportFormats.All);

        string[] files = Directory.GetFiles(target, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(target, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToArray();
        Assert.That(files, Is.EqualTo(new[]
        {
            ".policycompare-report", "analysis.json", "charts/coverage.png", "charts/coverage.svg", "charts/drift-family-doctor.png",
            "charts/drift-family-doctor.svg", "data/coverage.csv", "report.html", "report.md",
        }));
        Assert.That(Directory.GetFileSystemEntries(root), Is.EqualTo(new[] { target }), "no temporary folder is left");
    }

    [Test]
    public void Formats_select_the_renderings()
    {
        string target = Path.Combine(root, "report");
        new ReportFolderWriter().Write(target, SampleReport.Build(), [], ReportFormats.Markdown);

        Assert.That(File.Exists(Path.Combine(target, "report.md")), Is.True);
        Assert.That(File.Exists(Path.Combine(target, "report.html")), Is.False);
    }

    [Test]
    public void Same_input_gives_byte_identical_folders()
    {
        string first = Path.Combine(root, "a"), second = Path.Combine(root, "b");
        new ReportFolderWriter().Write(first, SampleReport.Build(), DataFiles(), ReportFormats.All);
        new ReportFolderWriter().Write(second, SampleReport.Build(), DataFiles(), ReportFormats.All);

        foreach (string file in Directory.GetFiles(first, "*", SearchOption.AllDirectories))
        {
            string twin = Path.Combine(second, Path.GetRelativePath(first, file));
            Assert.That(File.ReadAllBytes(twin), Is.EqualTo(File.ReadAllBytes(file)), Path.GetRelativePath(first, file));
        }
    }

    [Test]
    public void Replaces_an_earlier_report_completely()
    {
        // A folder holding someone's files is refused now (issue 10); only an earlier report is replaced.
        string target = Path.Combine(root, "report");
        new ReportFolderWriter().Write(target, SampleReport.Build(), [.. DataFiles(), ReportFile.FromText("data/stale.csv", "old")], ReportFormats.All);

        new ReportFolderWriter().Write(target, SampleReport.Build(), DataFiles(), ReportFormats.Html);

        Assert.That(File.Exists(Path.Combine(target, "data", "stale.csv")), Is.False);
        Assert.That(File.Exists(Path.Combine(target, "report.md")), Is.False);
        Assert.That(File.Exists(Path.Combine(target, "report.html")), Is.True);
        Assert.That(Directory.GetFileSystemEntries(root), Is.EqualTo(new[] { target }));
    }

    [Test]
    public void A_folder_of_someone_elses_files_is_refused_and_left_as_it_was()
    {
        string target = Path.Combine(root, "notes");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "notes.txt"), "my notes");

        Assert.That(() => new ReportFolderWriter().Write(target, SampleReport.Build(), DataFiles(), ReportFormats.Html),
            Throws.TypeOf<PolicyCompare.Export.OutputFolderException>().With.Message.Contains(target).And.Message.Contains("--force"));
        Assert.That(Directory.GetFileSystemEntries(target), Is.EqualTo(new[] { Path.Combine(target, "notes.txt") }));
        Assert.That(File.ReadAllText(Path.Combine(target, "notes.txt")), Is.EqualTo("my notes"));
        Assert.That(Directory.GetFileSystemEntries(root), Is.EqualTo(new[] { target }), "no temporary folder");
    }

    [Test]
    public void A_failing_block_leaves_no_output_folder()
    {
        string target = Path.Combine(root, "report");
        var broken = SampleReport.Build() with
        {
            Sections = [.. SampleReport.Build().Sections, new ReportSection("broken", "坏块", [new HtmlReportRendererTests.UnrenderableBlock()])],
        };

        Assert.That(() => new ReportFolderWriter().Write(target, broken, DataFiles(), ReportFormats.All),
            Throws.TypeOf<ReportWriteException>().With.Message.Contains(target).And.InnerException.TypeOf<NotSupportedException>());
        Assert.That(Directory.GetFileSystemEntries(root), Is.Empty);
    }

    [Test]
    public void A_failing_data_file_keeps_the_previous_report_untouched()
    {
        string target = Path.Combine(root, "report");
        new ReportFolderWriter().Write(target, SampleReport.Build(), DataFiles(), ReportFormats.All);
        byte[] before = File.ReadAllBytes(Path.Combine(target, "report.html"));
        var failing = new ReportFile("data/targets.csv", stream =>
        {
            stream.Write("metric,value\n"u8);
            throw new IOException("disk full");
        });

        Assert.That(() => new ReportFolderWriter().Write(target, SampleReport.Build(), [.. DataFiles(), failing], ReportFormats.All),
            Throws.TypeOf<ReportWriteException>().With.Message.Contains("disk full"));
        Assert.That(Directory.GetFileSystemEntries(root), Is.EqualTo(new[] { target }));
        Assert.That(File.ReadAllBytes(Path.Combine(target, "report.html")), Is.EqualTo(before));
        Assert.That(File.Exists(Path.Combine(target, "data", "targets.csv")), Is.False);
    }

    [TestCase("../escape.csv")]
    [TestCase("/etc/passwd")]
    [TestCase("data//x.csv")]
    [TestCase("data\\x.csv")]
    public void File_paths_must_stay_inside_the_folder(string path)
    {
        Assert.That(() => new ReportFolderWriter().Write(Path.Combine(root, "r"), SampleReport.Build(), [ReportFile.FromText(path, "x")], ReportFormats.Html),
            Throws.ArgumentException);
        Assert.That(Directory.GetFileSystemEntries(root), Is.Empty);
    }
}
