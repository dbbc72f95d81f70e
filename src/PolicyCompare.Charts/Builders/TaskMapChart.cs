using PolicyCompare.Charts.Rendering;
using ScottPlot;

namespace PolicyCompare.Charts.Builders;

/// <summary>
/// Scatter of projected task embeddings, one colour per group (topic) and each group's name written at the centre of its
/// points, so the map says which topic sits where; a legend is added only when there are few groups (≤ 10), since a
/// palette cannot keep more apart. The projected coordinates have no unit, so the axes carry their names but no numbers.
/// </summary>
internal static class TaskMapChart
{
    private const float DataWidth = 620;
    private const float DataHeight = 520;
    private const float MaxLegendLabelWidth = 220;
    private const float FigureMargin = 16;
    private const int MaxLegendGroups = 10;

    public static ChartImage Build(TaskMapData data)
    {
        data.Validate();
        Plot plot = PlotFactory.Create(data.Title, data.XLabel, data.YLabel);
        string[] groups = data.Points.Select(p => p.Group).Distinct(StringComparer.Ordinal).ToArray();
        IReadOnlyList<string> legendNames = LabelText.FitWidth(groups, MaxLegendLabelWidth, ChartTheme.LegendFontSize);

        for (int g = 0; g < groups.Length; g++)
        {
            TaskMapPoint[] members = data.Points.Where(p => string.Equals(p.Group, groups[g], StringComparison.Ordinal)).ToArray();
            var scatter = plot.Add.ScatterPoints(members.Select(p => p.X).ToArray(), members.Select(p => p.Y).ToArray(), ChartTheme.Categorical(g));
            scatter.MarkerSize = 7;
            scatter.MarkerShape = MarkerShape.FilledCircle;
            if (groups.Length <= MaxLegendGroups)
            {
                scatter.LegendText = legendNames[g];
            }

            var name = plot.Add.Text(legendNames[g], members.Average(p => p.X), members.Average(p => p.Y));
            name.LabelFontSize = ChartTheme.LegendFontSize - 1;
            name.LabelFontColor = ChartTheme.Categorical(g).Darken(0.4);
            name.LabelAlignment = ScottPlot.Alignment.MiddleCenter;
        }

        double xMin = data.Points.Min(p => p.X), xMax = data.Points.Max(p => p.X);
        double yMin = data.Points.Min(p => p.Y), yMax = data.Points.Max(p => p.Y);
        double xPad = Math.Max((xMax - xMin) * 0.05, 1e-6), yPad = Math.Max((yMax - yMin) * 0.05, 1e-6);
        plot.Axes.SetLimits(xMin - xPad, xMax + xPad, yMin - yPad, yMax + yPad);

        plot.Axes.Bottom.TickLabelStyle.IsVisible = false;
        plot.Axes.Left.TickLabelStyle.IsVisible = false;
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.MinorTickStyle.Length = 0;
        plot.Axes.Left.MinorTickStyle.Length = 0;

        if (groups.Length <= MaxLegendGroups)
        {
            plot.ShowLegend(Edge.Right);
        }
        PlotFactory.ApplyEmbeddedFont(plot);

        float left = PlotFactory.AxisLabelDepth(plot.Axes.Left) + 8;
        float bottom = PlotFactory.AxisLabelDepth(plot.Axes.Bottom) + 8;
        float legendWidth = groups.Length <= MaxLegendGroups ? TextMeasure.MaxWidth(legendNames, ChartTheme.LegendFontSize) + 80 : 0;
        float legendHeight = groups.Length <= MaxLegendGroups ? groups.Length * (TextMeasure.LineHeight(ChartTheme.LegendFontSize) + 8) + 60 : 0;
        int width = (int)MathF.Ceiling(left + DataWidth + legendWidth + FigureMargin);
        int height = (int)MathF.Ceiling(PlotFactory.TitleDepth + Math.Max(DataHeight, legendHeight) + bottom + FigureMargin);
        return new ChartImage(plot, data.Title, width, height);
    }
}
