using System.Globalization;
using PolicyCompare.Charts.Rendering;
using ScottPlot;

namespace PolicyCompare.Charts.Builders;

/// <summary>Draws vertical stacked bars with categorical ticks laid out to avoid overlaps and a legend on the right.</summary>
internal static class StackedBarPainter
{
    private const float MinSlot = 56;
    private const float DataHeight = 360;
    private const float MinDataWidth = 420;
    private const float MaxLegendLabelWidth = 220;
    private const float FigureMargin = 16;

    /// <param name="data">Bars and series (validated).</param>
    /// <param name="valueTicks">Explicit value-axis ticks (position, label), or null for automatic numeric ticks.</param>
    /// <param name="valueMax">Top of the value axis, or null for 10 % above the tallest bar.</param>
    public static ChartImage Paint(StackedBarData data, IReadOnlyList<(double Position, string Label)>? valueTicks, double? valueMax)
    {
        int categories = data.Categories.Count;
        ChartInputChecks.RequireAtMostCategories(categories, "bars", data.Title);
        Plot plot = PlotFactory.Create(data.Title, data.XLabel, data.YLabel);
        plot.Grid.XAxisStyle.IsVisible = false;

        IReadOnlyList<string> legendNames = LabelText.FitWidth(data.Series.Select(s => s.Name).ToArray(), MaxLegendLabelWidth, ChartTheme.LegendFontSize);
        var baseline = new double[categories];
        var seriesBars = new List<Bar>[data.Series.Count];
        for (int s = 0; s < data.Series.Count; s++)
        {
            seriesBars[s] = new List<Bar>(categories);
            for (int i = 0; i < categories; i++)
            {
                double value = data.Series[s].Values[i];
                seriesBars[s].Add(new Bar
                {
                    Position = i,
                    ValueBase = baseline[i],
                    Value = baseline[i] + value,
                    Size = 0.7,
                    FillColor = ChartTheme.Categorical(s),
                    LineWidth = 0,
                });
                baseline[i] += value;
            }
        }

        // Added top band first so the legend lists the series in the order they are stacked on screen.
        for (int s = data.Series.Count - 1; s >= 0; s--)
        {
            var barPlot = plot.Add.Bars(seriesBars[s]);
            barPlot.LegendText = legendNames[s];
        }

        double top = valueMax ?? Math.Max(1, baseline.Max() * 1.1);
        plot.Axes.SetLimits(-0.6, categories - 0.4, 0, top);

        float slot = Math.Max(MinSlot, MinDataWidth / categories);
        var layout = CategoryAxisLayout.ForHorizontalAxis(data.Categories.Select(c => LabelText.Abbreviate(c, 24)).ToArray(), slot, ChartTheme.TickFontSize);
        float bottom = PlotFactory.SetBottomCategories(plot, layout, Enumerable.Range(0, categories).Select(i => (double)i).ToArray());

        float left;
        if (valueTicks is not null)
        {
            var ticks = new ScottPlot.TickGenerators.NumericManual();
            foreach ((double position, string label) in valueTicks)
            {
                ticks.AddMajor(position, label);
            }

            plot.Axes.Left.TickGenerator = ticks;
            left = PlotFactory.NumericLeftWidth(plot, valueTicks.Select(t => t.Label));
        }
        else
        {
            if (data.Series.All(series => series.Values.All(v => v == Math.Floor(v))))
            {
                plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
            }

            left = PlotFactory.NumericLeftWidth(plot, [Math.Ceiling(top).ToString("0", CultureInfo.InvariantCulture) + ".0"]);
        }

        float overhang = layout.Overhang - slot * 0.5f;
        if (overhang > left)
        {
            plot.Axes.Left.MinimumSize = overhang + 4;
            plot.Axes.Left.MaximumSize = overhang + 4;
            left = overhang + 4;
        }

        plot.ShowLegend(Edge.Right);
        float legendWidth = TextMeasure.MaxWidth(legendNames, ChartTheme.LegendFontSize) + 80;
        PlotFactory.ApplyEmbeddedFont(plot);

        float legendHeight = legendNames.Count * (TextMeasure.LineHeight(ChartTheme.LegendFontSize) + 8) + 60;
        float dataHeight = Math.Max(DataHeight, legendHeight);
        int width = (int)MathF.Ceiling(left + slot * categories + legendWidth + FigureMargin);
        int height = (int)MathF.Ceiling(PlotFactory.TitleDepth + dataHeight + bottom + FigureMargin);
        return new ChartImage(plot, data.Title, width, height);
    }
}
