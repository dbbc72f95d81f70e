using System.Globalization;
using PolicyCompare.Charts.Rendering;
using PolicyCompare.Documents;
using ScottPlot;

namespace PolicyCompare.Charts.Builders;

/// <summary>
/// One metric's targets against plan year: a mark per target coloured by plan, its shape from the comparator
/// (▲ at least, ▼ at most, ● equal, ◆ approximately, a vertical bar for a range), and a label with the value,
/// the scope and the deadline. Labels that would collide are pushed apart vertically. Scale rule: with more than
/// <see cref="MaxLabelledPlans"/> plans (more than the palette tells apart, and more labels than fit) every mark is drawn
/// in one colour without a label and the legend shows only the comparator shapes, so the chart stays a readable
/// value-by-year scatter; the values are in the report's table and <c>data/drift-points.csv</c>. The year axis is at most
/// <see cref="MaxDataWidth"/> px wide, its year ticks thinned so they keep apart.
/// </summary>
internal static class TargetDriftChart
{
    private const float PixelsPerYear = 90;
    private const float MinDataWidth = 480;
    private const float DataHeight = 340;
    private const float MarkerSize = 11;
    private const float LabelGap = 8;
    private const float FigureMargin = 16;
    private const float MaxDataWidth = 1800;
    private const float MinYearTickSpacing = 40;

    /// <summary>Most plans drawn each in its own colour, with labelled marks and a legend entry.</summary>
    internal const int MaxLabelledPlans = 20;

    public static ChartImage Build(TargetDriftData data)
    {
        data.Validate();
        Plot plot = PlotFactory.Create(data.Title, data.XLabel, data.YLabel);
        plot.Grid.XAxisStyle.IsVisible = false;

        string[] plans = data.Marks.Select(m => m.PlanLabel).Distinct(StringComparer.Ordinal).ToArray();
        int firstYear = data.Marks.Min(m => m.Year);
        int lastYear = data.Marks.Max(m => m.Year);
        double xMin = firstYear - 0.8;
        double xMax = lastYear + 1.6; // room on the right for the last year's labels
        double valueTop = data.Marks.Max(m => m.UpperValue ?? m.Value);
        double valueBottom = Math.Min(0, data.Marks.Min(m => m.Value));
        double yMax = valueTop + (valueTop - valueBottom) * 0.15 + (valueTop == valueBottom ? 1 : 0);
        double yMin = valueBottom;

        bool perPlan = plans.Length <= MaxLabelledPlans;
        float dataWidth = Math.Clamp((float)(xMax - xMin) * PixelsPerYear, MinDataWidth, MaxDataWidth);
        int legendItems = (perPlan ? plans.Length : 0) + ComparatorNames.Length;
        float dataHeight = Math.Max(DataHeight, legendItems * (TextMeasure.LineHeight(ChartTheme.LegendFontSize) + 8) + 60);

        // Marks sharing a year sit side by side so none hides another.
        var placed = data.Marks
            .Select((mark, index) => (mark, index))
            .GroupBy(t => t.mark.Year)
            .SelectMany(group =>
            {
                var items = group.OrderBy(t => Array.IndexOf(plans, t.mark.PlanLabel)).ThenBy(t => t.mark.Value).ThenBy(t => t.index).ToArray();
                // A year's marks stay within ±0.32 of it, however many they are, so years never run into each other.
                double step = items.Length <= 1 ? 0 : Math.Min(0.16, 0.64 / (items.Length - 1));
                return items.Select((t, k) => (t.mark, x: t.mark.Year + (k - (items.Length - 1) / 2.0) * step));
            })
            .OrderBy(p => p.x)
            .ThenBy(p => p.mark.Value)
            .ToArray();

        float lineHeight = TextMeasure.LineHeight(ChartTheme.AnnotationFontSize);
        float PixelX(double x) => (float)((x - xMin) / (xMax - xMin) * dataWidth);
        float PixelY(double value) => (float)((yMax - value) / (yMax - yMin) * dataHeight);

        // Every mark's box is reserved first, so no label is later drawn over a mark.
        var occupied = new List<(float Left, float Right, float Top, float Bottom)>();
        foreach ((TargetMark mark, double x) in placed)
        {
            float half = MarkerSize / 2 + 1;
            float top = PixelY(mark.UpperValue ?? mark.Value) - half;
            float bottomEdge = PixelY(mark.Value) + half;
            occupied.Add((PixelX(x) - half, PixelX(x) + half, top, bottomEdge));
        }

        foreach ((TargetMark mark, double x) in placed)
        {
            Color color = ChartTheme.Categorical(perPlan ? Array.IndexOf(plans, mark.PlanLabel) : 0);
            if (mark.UpperValue is { } upper && upper > mark.Value)
            {
                var bar = plot.Add.Line(x, mark.Value, x, upper);
                bar.LineColor = color;
                bar.LineWidth = 4;
                plot.Add.Marker(x, mark.Value, MarkerShape.HorizontalBar, MarkerSize, color);
                plot.Add.Marker(x, upper, MarkerShape.HorizontalBar, MarkerSize, color);
            }
            else
            {
                plot.Add.Marker(x, mark.Value, ShapeOf(mark.Comparator), MarkerSize, color);
            }

            if (!perPlan)
            {
                continue;
            }

            string label = LabelOf(mark, data.Unit);
            float labelWidth = TextMeasure.Width(label, ChartTheme.AnnotationFontSize);
            float px = PixelX(x) + LabelGap;
            double anchorValue = mark.UpperValue is { } u ? (mark.Value + u) / 2 : mark.Value;
            float py = PixelY(anchorValue);

            // Try the mark's own height first, then alternately below and above it, one line at a time.
            float offset = 0;
            for (int attempt = 0; attempt < 12; attempt++)
            {
                offset = (attempt + 1) / 2 * lineHeight * (attempt % 2 == 1 ? 1 : -1);
                float candidate = offset;
                if (!occupied.Any(o => px < o.Right && px + labelWidth > o.Left
                    && py + candidate - lineHeight / 2 < o.Bottom && py + candidate + lineHeight / 2 > o.Top))
                {
                    break;
                }
            }

            occupied.Add((px, px + labelWidth, py + offset - lineHeight / 2, py + offset + lineHeight / 2));
            var text = plot.Add.Text(label, x, anchorValue);
            text.LabelFontSize = ChartTheme.AnnotationFontSize;
            text.LabelFontColor = color.Darken(0.3);
            text.LabelAlignment = ScottPlot.Alignment.MiddleLeft;
            text.OffsetX = LabelGap;
            text.OffsetY = offset;
        }

        AddLegend(plot, perPlan ? plans : [], data.Marks);
        plot.Axes.SetLimits(xMin, xMax, yMin, yMax);

        int[] years = data.Marks.Select(m => m.Year).Distinct().Order().ToArray();
        var yearTicks = new ScottPlot.TickGenerators.NumericManual();
        float lastTick = float.NegativeInfinity;
        foreach (int year in years)
        {
            if (PixelX(year) - lastTick >= MinYearTickSpacing)
            {
                yearTicks.AddMajor(year, year.ToString(CultureInfo.InvariantCulture));
                lastTick = PixelX(year);
            }
        }

        plot.Axes.Bottom.TickGenerator = yearTicks;
        float bottom = PlotFactory.NumericBottomDepth(plot);
        float left = PlotFactory.NumericLeftWidth(plot, [yMax.ToString("0.0", CultureInfo.InvariantCulture)]);
        plot.ShowLegend(Edge.Right);
        PlotFactory.ApplyEmbeddedFont(plot);

        float legendWidth = TextMeasure.MaxWidth((perPlan ? plans : []).Concat(ComparatorNames), ChartTheme.LegendFontSize) + 80;
        int width = (int)MathF.Ceiling(left + dataWidth + legendWidth + FigureMargin);
        int height = (int)MathF.Ceiling(PlotFactory.TitleDepth + dataHeight + bottom + FigureMargin);
        return new ChartImage(plot, data.Title, width, height);
    }

    private static readonly string[] ComparatorNames = ["≥", "≤", "=", "≈", "a–b"];

    private static void AddLegend(Plot plot, string[] plans, IReadOnlyList<TargetMark> marks)
    {
        for (int p = 0; p < plans.Length; p++)
        {
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = plans[p],
                MarkerShape = MarkerShape.FilledSquare,
                MarkerSize = MarkerSize,
                MarkerColor = ChartTheme.Categorical(p),
            });
        }

        foreach (TargetComparator comparator in marks.Select(m => m.UpperValue is null ? m.Comparator : TargetComparator.Range).Distinct().Order())
        {
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = SymbolOf(comparator),
                MarkerShape = comparator == TargetComparator.Range ? MarkerShape.VerticalBar : ShapeOf(comparator),
                MarkerSize = MarkerSize,
                MarkerColor = Colors.DimGray,
            });
        }
    }

    private static MarkerShape ShapeOf(TargetComparator comparator) => comparator switch
    {
        TargetComparator.AtLeast => MarkerShape.FilledTriangleUp,
        TargetComparator.AtMost => MarkerShape.FilledTriangleDown,
        TargetComparator.Equal => MarkerShape.FilledCircle,
        TargetComparator.Approximately => MarkerShape.FilledDiamond,
        TargetComparator.Range => MarkerShape.VerticalBar,
        _ => throw new ArgumentOutOfRangeException(nameof(comparator), comparator, "Unknown target comparator."),
    };

    private static string SymbolOf(TargetComparator comparator) => comparator switch
    {
        TargetComparator.AtLeast => "≥",
        TargetComparator.AtMost => "≤",
        TargetComparator.Equal => "=",
        TargetComparator.Approximately => "≈",
        TargetComparator.Range => "a–b",
        _ => throw new ArgumentOutOfRangeException(nameof(comparator), comparator, "Unknown target comparator."),
    };

    private static string LabelOf(TargetMark mark, string unit)
    {
        string value = mark.UpperValue is { } upper
            ? Format(mark.Value) + "–" + Format(upper) + unit
            : (mark.Comparator == TargetComparator.Range ? string.Empty : SymbolOf(mark.Comparator)) + Format(mark.Value) + unit;
        string scope = string.IsNullOrWhiteSpace(mark.Scope) ? string.Empty : " " + LabelText.Abbreviate(mark.Scope, 10);
        string deadline = mark.DeadlineYear is { } year ? " (" + year.ToString(CultureInfo.InvariantCulture) + ")" : string.Empty;
        return value + scope + deadline;
    }

    private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
