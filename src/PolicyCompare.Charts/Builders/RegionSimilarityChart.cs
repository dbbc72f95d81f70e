using PolicyCompare.Charts.Rendering;

namespace PolicyCompare.Charts.Builders;

/// <summary>Plans × plans heatmap of topic-profile similarity, each cell annotated.</summary>
internal static class RegionSimilarityChart
{
    private static readonly HeatmapStyle Style = new(
        MinCellWidth: 56, MinCellHeight: 28, MaxRowLabelWidth: 220, MaxColumnLabelWidth: 220, Colormap: new ScottPlot.Colormaps.Viridis());

    public static ChartImage Build(HeatmapData data)
    {
        data.Validate();
        return HeatmapPainter.Paint(data, Style);
    }
}
