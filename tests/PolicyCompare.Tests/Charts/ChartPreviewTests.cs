using NUnit.Framework;
using PolicyCompare.Charts;

namespace PolicyCompare.Tests.Charts;

/// <summary>Writes every sample chart as PNG and SVG for a person to look at (run explicitly).</summary>
[TestFixture]
[Explicit("Writes preview images for a person to inspect; set CHART_PREVIEW_DIR.")]
public sealed class ChartPreviewTests
{
    [Test]
    public void WritePreviews()
    {
        string directory = Environment.GetEnvironmentVariable("CHART_PREVIEW_DIR")
            ?? Path.Combine(TestContext.CurrentContext.WorkDirectory, "chart-previews");
        Directory.CreateDirectory(directory);
        foreach ((string name, ChartImage chart) in ChartSamples.AllCharts(5).Concat(ChartSamples.AllCharts(20)).Concat(ChartSamples.FixedCharts()))
        {
            chart.SavePng(Path.Combine(directory, name + ".png"));
            chart.SaveSvg(Path.Combine(directory, name + ".svg"));
            TestContext.Out.WriteLine($"{name}: {chart.Width}x{chart.Height}");
        }

        Assert.That(Directory.GetFiles(directory, "*.png"), Is.Not.Empty);
    }
}
