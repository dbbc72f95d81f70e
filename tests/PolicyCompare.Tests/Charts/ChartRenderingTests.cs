using System.Xml.Linq;
using NUnit.Framework;
using PolicyCompare.Charts;
using SkiaSharp;

namespace PolicyCompare.Tests.Charts;

[TestFixture]
public sealed class ChartRenderingTests
{
    public static IEnumerable<TestCaseData> Charts() =>
        ChartSamples.AllCharts(5).Concat(ChartSamples.AllCharts(20)).Concat(ChartSamples.FixedCharts())
            .Select(c => new TestCaseData(c.Chart).SetArgDisplayNames(c.Name));

    [TestCaseSource(nameof(Charts))]
    public void Png_holds_exactly_the_pixels_ScottPlot_draws(ChartImage chart)
    {
        // The reference: ScottPlot's own image and encoding of the same plot at the same scale.
        byte[] reference;
        lock (chart.Plot.Sync)
        {
            chart.Plot.ScaleFactor = chart.PixelScale;
            using ScottPlot.Image image = chart.Plot.GetImage(chart.PixelWidth, chart.PixelHeight);
            reference = image.GetImageBytes(ScottPlot.ImageFormat.Png);
        }

        using SKBitmap expected = SKBitmap.Decode(reference);
        using SKBitmap actual = SKBitmap.Decode(chart.ToPngBytes());
        Assert.That(actual.Bytes, Is.EqualTo(expected.Bytes));
    }

    [TestCaseSource(nameof(Charts))]
    public void Png_has_the_announced_size_and_is_not_blank(ChartImage chart)
    {
        using SKBitmap bitmap = SKBitmap.Decode(chart.ToPngBytes());

        Assert.That(bitmap, Is.Not.Null);
        Assert.That((bitmap.Width, bitmap.Height), Is.EqualTo((chart.PixelWidth, chart.PixelHeight)));
        Assert.That(chart.PixelWidth, Is.EqualTo(chart.Width * 2));

        // A blank or single-colour image has no variance; a chart has text, axes and filled marks.
        double sum = 0, sumSquares = 0;
        var colours = new HashSet<uint>();
        for (int y = 0; y < bitmap.Height; y += 3)
        {
            for (int x = 0; x < bitmap.Width; x += 3)
            {
                SKColor pixel = bitmap.GetPixel(x, y);
                double luminance = 0.299 * pixel.Red + 0.587 * pixel.Green + 0.114 * pixel.Blue;
                sum += luminance;
                sumSquares += luminance * luminance;
                colours.Add((uint)pixel);
            }
        }

        int count = ((bitmap.Height + 2) / 3) * ((bitmap.Width + 2) / 3);
        double variance = sumSquares / count - Math.Pow(sum / count, 2);
        Assert.That(variance, Is.GreaterThan(100));
        Assert.That(colours, Has.Count.GreaterThan(20));
    }

    [TestCaseSource(nameof(Charts))]
    public void Svg_is_well_formed_xml_that_contains_the_title(ChartImage chart)
    {
        XDocument svg = XDocument.Parse(chart.ToSvg());

        Assert.That(svg.Root!.Name.LocalName, Is.EqualTo("svg"));
        // Skia writes text as <text> elements (one per glyph run), so the title's characters are in the SVG text.
        string allText = string.Concat(svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value));
        Assert.That(allText, Does.Contain(chart.Title[..2]));
    }

    [TestCaseSource(nameof(Charts))]
    public void Svg_carries_the_font_its_text_asks_for(ChartImage chart)
    {
        XDocument svg = XDocument.Parse(chart.ToSvg());
        string style = string.Concat(svg.Descendants().Where(e => e.Name.LocalName == "style").Select(e => e.Value));
        string family = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => (string?)e.Attribute("font-family")).OfType<string>().First().Split(',')[0].Trim();
        Assert.That(style, Does.Contain("@font-face{font-family:\"" + family + "\";src:url(data:font/ttf;base64,"));
        // The embedded subset is a TrueType font: it decodes and starts with the sfnt version 0x00010000.
        int start = style.IndexOf("base64,", StringComparison.Ordinal) + 7;
        string base64 = style[start..style.IndexOf(')', start)];
        Assert.That(Convert.FromBase64String(base64).Take(4), Is.EqualTo(new byte[] { 0, 1, 0, 0 }));
    }

    [Test]
    public void Rendering_is_deterministic()
    {
        ChartImage first = PolicyCharts.CoverageHeatmap(ChartSamples.Coverage(5));
        ChartImage second = PolicyCharts.CoverageHeatmap(ChartSamples.Coverage(5));

        byte[] firstPng = first.ToPngBytes();
        Assert.That(second.ToPngBytes(), Is.EqualTo(firstPng));
        Assert.That(first.ToPngBytes(), Is.EqualTo(firstPng), "rendering the same chart twice");
        Assert.That(second.ToSvg(), Is.EqualTo(first.ToSvg()));
    }

    [Test]
    public void Chart_size_grows_with_the_number_of_plans()
    {
        ChartImage five = PolicyCharts.CoverageHeatmap(ChartSamples.Coverage(5));
        ChartImage twenty = PolicyCharts.CoverageHeatmap(ChartSamples.Coverage(20));

        Assert.That(twenty.Width, Is.GreaterThan(five.Width + 15 * 40));
    }

    [Test]
    public void Malformed_inputs_are_rejected_with_the_chart_named()
    {
        var wrongShape = new HeatmapData("覆盖", "x", "y", ["a", "b"], ["p"], new double[3, 1]);
        var negative = new StackedBarData("负担", "x", "y", ["甲"], [new BarSeries("牵头", [-1])]);
        var badRange = ChartSamples.FamilyDoctorDrift() with
        {
            Marks = [new TargetMark("x", 2020, 50, 40, PolicyCompare.Documents.TargetComparator.Range, null, null)],
        };

        Assert.That(() => PolicyCharts.CoverageHeatmap(wrongShape), Throws.ArgumentException.With.Message.Contains("覆盖"));
        Assert.That(() => PolicyCharts.DepartmentLoad(negative), Throws.ArgumentException.With.Message.Contains("negative"));
        Assert.That(() => PolicyCharts.TargetDrift(badRange), Throws.ArgumentException.With.Message.Contains("below"));
        Assert.That(() => PolicyCharts.TaskMap(new TaskMapData("图", "x", "y", [])), Throws.ArgumentException);
    }
}
