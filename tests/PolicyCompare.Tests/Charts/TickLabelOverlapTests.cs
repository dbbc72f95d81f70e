using NUnit.Framework;
using PolicyCompare.Charts;
using PolicyCompare.Charts.Rendering;
using ScottPlot;
using SkiaSharp;

namespace PolicyCompare.Tests.Charts;

/// <summary>
/// Checks the rendered layout: every categorical tick label, as placed by ScottPlot (tick pixel, rotation,
/// alignment) and measured in the embedded font, keeps clear of its neighbours and stays inside the image.
/// </summary>
[TestFixture]
public sealed class TickLabelOverlapTests
{
    public static IEnumerable<TestCaseData> Charts() =>
        ChartSamples.AllCharts(5).Concat(ChartSamples.AllCharts(20)).Concat(ChartSamples.FixedCharts())
            .Select(c => new TestCaseData(c.Chart).SetArgDisplayNames(c.Name));

    [TestCaseSource(nameof(Charts))]
    public void Tick_labels_do_not_overlap_and_stay_inside_the_image(ChartImage chart) => AssertTickLabelsClear(chart);

    /// <summary>Fails when two tick labels of <paramref name="chart"/> overlap or one leaves the image.</summary>
    internal static void AssertTickLabelsClear(ChartImage chart)
    {
        chart.DrawnLabels(); // lays the plot out at CSS size
        Plot plot = chart.Plot;
        PixelRect dataRect = plot.RenderManager.LastRender.DataRect;

        foreach (IAxis axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
        {
            if (!axis.TickLabelStyle.IsVisible)
            {
                continue;
            }

            Tick[] ticks = axis.TickGenerator.Ticks.Where(t => t.IsMajor && !string.IsNullOrWhiteSpace(t.Label)).ToArray();
            var boxes = ticks.Select(t => LabelBox(axis, t, dataRect)).ToList();
            for (int i = 0; i < boxes.Count; i++)
            {
                foreach (SKPoint corner in boxes[i])
                {
                    Assert.That(corner.X, Is.InRange(-0.5f, chart.Width + 0.5f), $"{axis.Edge} label '{ticks[i].Label}' leaves the image");
                    Assert.That(corner.Y, Is.InRange(-0.5f, chart.Height + 0.5f), $"{axis.Edge} label '{ticks[i].Label}' leaves the image");
                }

                for (int j = i + 1; j < boxes.Count; j++)
                {
                    Assert.That(Intersects(boxes[i], boxes[j]), Is.False, $"{axis.Edge} labels '{ticks[i].Label}' and '{ticks[j].Label}' overlap");
                }
            }
        }
    }

    [TestCase(5)]
    [TestCase(20)]
    public void Every_plan_gets_a_labelled_tick(int plans)
    {
        ChartImage chart = PolicyCharts.CoverageHeatmap(ChartSamples.Coverage(plans));
        chart.DrawnLabels();

        Assert.That(chart.Plot.Axes.Bottom.TickGenerator.Ticks.Select(t => t.Label), Is.EqualTo(ChartSamples.Plans(plans)));
        Assert.That(chart.Plot.Axes.Left.TickGenerator.Ticks, Has.Length.EqualTo(ChartSamples.Topics.Length));
    }

    [Test]
    public void Rotation_rule_turns_long_labels_when_they_do_not_fit_their_slot()
    {
        string[] shortLabels = ["2016", "2017"];
        string[] longLabels = ["内蒙古自治区 2016", "荆门市 2017"];

        Assert.That(CategoryAxisLayout.ForHorizontalAxis(shortLabels, 60, 12).Rotation, Is.EqualTo(0));
        Assert.That(CategoryAxisLayout.ForHorizontalAxis(longLabels, 60, 12).Rotation, Is.EqualTo(-45));
        Assert.That(CategoryAxisLayout.ForHorizontalAxis(longLabels, 18, 12).Rotation, Is.EqualTo(-90));
    }

    [Test]
    public void Overlap_check_detects_overlapping_labels()
    {
        SKPoint[] a = [new(0, 0), new(10, 0), new(10, 10), new(0, 10)];
        SKPoint[] b = [new(5, 5), new(15, 5), new(15, 15), new(5, 15)];
        SKPoint[] c = [new(11, 0), new(20, 0), new(20, 10), new(11, 10)];

        Assert.That(Intersects(a, b), Is.True);
        Assert.That(Intersects(a, c), Is.False);
    }

    /// <summary>The four corners of a tick label as ScottPlot draws it (see AxisBase.DrawTicks and LabelStyle.Render).</summary>
    private static SKPoint[] LabelBox(IAxis axis, Tick tick, PixelRect dataRect)
    {
        LabelStyle style = axis.TickLabelStyle;
        using var font = new SKFont(ChartFont.Typeface, style.FontSize);
        float width = font.MeasureText(tick.Label);
        float height = font.Spacing;
        float tickLength = axis.MajorTickStyle.Length;
        SKPoint anchor;
        float left, top;
        if (axis.Edge == Edge.Bottom)
        {
            anchor = new SKPoint(axis.GetPixel(tick.Position, dataRect), dataRect.Bottom + tickLength + 2);
            (left, top) = style.Rotation == 0 ? (-width / 2, 0) : (-width, -height / 2);
        }
        else
        {
            anchor = new SKPoint(dataRect.Left - tickLength - 5, axis.GetPixel(tick.Position, dataRect));
            (left, top) = (-width, -height / 2);
        }

        float radians = style.Rotation * MathF.PI / 180;
        float cos = MathF.Cos(radians), sin = MathF.Sin(radians);
        return new[] { new SKPoint(left, top), new SKPoint(left + width, top), new SKPoint(left + width, top + height), new SKPoint(left, top + height) }
            .Select(p => new SKPoint(anchor.X + p.X * cos - p.Y * sin, anchor.Y + p.X * sin + p.Y * cos))
            .ToArray();
    }

    /// <summary>Separating-axis test for two convex quadrilaterals; touching edges do not count as overlap.</summary>
    private static bool Intersects(SKPoint[] a, SKPoint[] b)
    {
        foreach (SKPoint[] polygon in new[] { a, b })
        {
            for (int i = 0; i < polygon.Length; i++)
            {
                SKPoint edge = polygon[(i + 1) % polygon.Length] - polygon[i];
                var normal = new SKPoint(-edge.Y, edge.X);
                (float minA, float maxA) = Project(a, normal);
                (float minB, float maxB) = Project(b, normal);
                if (maxA <= minB + 1e-3f || maxB <= minA + 1e-3f)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static (float Min, float Max) Project(SKPoint[] polygon, SKPoint axis)
    {
        float length = MathF.Sqrt(axis.X * axis.X + axis.Y * axis.Y);
        float[] projections = polygon.Select(p => (p.X * axis.X + p.Y * axis.Y) / length).ToArray();
        return (projections.Min(), projections.Max());
    }
}
