using NUnit.Framework;
using PolicyCompare.Charts.Reporting;

namespace PolicyCompare.Tests.Reporting;

/// <summary>Writes the sample report folder for a person to open (run explicitly).</summary>
[TestFixture]
[Explicit("Writes a preview report for a person to inspect; set CHART_PREVIEW_DIR.")]
public sealed class ReportPreviewTests
{
    [Test]
    public void WritePreview()
    {
        string directory = Path.Combine(
            Environment.GetEnvironmentVariable("CHART_PREVIEW_DIR") ?? TestContext.CurrentContext.WorkDirectory, "sample-report");
        new ReportFolderWriter().Write(directory, SampleReport.Build(), [ReportFile.FromText("data/example.csv", "a,b\n1,2\n")], ReportFormats.All);

        Assert.That(File.Exists(Path.Combine(directory, "report.html")), Is.True);
    }
}
