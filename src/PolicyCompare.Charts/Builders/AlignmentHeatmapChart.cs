using PolicyCompare.Charts.Rendering;

namespace PolicyCompare.Charts.Builders;

/// <summary>Tasks × tasks similarity heatmap between two plans with the matched pairs outlined in red.</summary>
internal static class AlignmentHeatmapChart
{
    private static readonly HeatmapStyle Style = new(
        MinCellWidth: 18, MinCellHeight: 18, MaxRowLabelWidth: 240, MaxColumnLabelWidth: 200, Colormap: new ScottPlot.Colormaps.Viridis());

    public static ChartImage Build(AlignmentHeatmapData data)
    {
        data.Validate();
        var heatmap = new HeatmapData(
            data.Title, data.XLabel, data.YLabel, data.RowLabels, data.ColumnLabels, data.Similarity,
            ValueFormat: null, ColorScaleLabel: data.ColorScaleLabel);
        return HeatmapPainter.Paint(heatmap, Style, data.Matches, data.MatchLegendLabel);
    }
}
