using PolicyCompare.Charts.Rendering;

namespace PolicyCompare.Charts.Builders;

/// <summary>Topics (rows) × plans (columns) heatmap of task counts or shares, each cell annotated; white = none, dark blue = most.</summary>
internal static class CoverageHeatmapChart
{
    private static readonly HeatmapStyle Style = new(
        MinCellWidth: 52, MinCellHeight: 22, MaxRowLabelWidth: 300, MaxColumnLabelWidth: 220, Colormap: new ScottPlot.Colormaps.Reversed(new ScottPlot.Colormaps.Blues()));

    public static ChartImage Build(HeatmapData data)
    {
        data.Validate();
        return HeatmapPainter.Paint(data, Style);
    }
}
