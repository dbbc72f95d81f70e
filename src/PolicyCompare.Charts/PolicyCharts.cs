using PolicyCompare.Charts.Builders;

namespace PolicyCompare.Charts;

/// <summary>
/// Entry point for every PolicyCompare chart. Each method takes a plain chart input, validates it
/// (<see cref="ArgumentException"/> on malformed shapes) and returns a <see cref="ChartImage"/> sized from its
/// content, drawn in the embedded CJK font, exportable as PNG or SVG.
/// </summary>
public static class PolicyCharts
{
    /// <summary>
    /// Most categories (rows, columns or bars) a chart draws on one axis; a builder given more throws an
    /// <see cref="ArgumentException"/> before drawing, so callers sum categories up or show the top ones.
    /// </summary>
    public const int MaxCategories = Rendering.ChartTheme.MaxCategories;

    /// <summary>Topics × plans heatmap (task counts or shares), every cell annotated with its value.</summary>
    /// <param name="data">Rows = topics, columns = plans.</param>
    /// <returns>The chart.</returns>
    public static ChartImage CoverageHeatmap(HeatmapData data) => CoverageHeatmapChart.Build(data);

    /// <summary>Plans × plans heatmap of topic-profile similarity (Jaccard or cosine), every cell annotated.</summary>
    /// <param name="data">Rows and columns = plans.</param>
    /// <returns>The chart.</returns>
    public static ChartImage RegionSimilarityHeatmap(HeatmapData data) => RegionSimilarityChart.Build(data);

    /// <summary>Stacked bars of department load: lead / co-responsible / participating per region or per agency.</summary>
    /// <param name="data">Categories = regions or agencies; series = the responsibility roles.</param>
    /// <returns>The chart.</returns>
    public static ChartImage DepartmentLoad(StackedBarData data) => DepartmentLoadChart.Build(data);

    /// <summary>One metric's target values against plan year, a mark per plan with comparator, scope and deadline.</summary>
    /// <param name="data">The metric's targets.</param>
    /// <returns>The chart.</returns>
    public static ChartImage TargetDrift(TargetDriftData data) => TargetDriftChart.Build(data);

    /// <summary>Topic shares per plan in year order as 100 % stacked bars.</summary>
    /// <param name="data">Plans and per-topic shares.</param>
    /// <returns>The chart.</returns>
    public static ChartImage TopicEmphasis(TopicEmphasisData data) => TopicEmphasisChart.Build(data);

    /// <summary>Tasks × tasks similarity between two plans with matched pairs outlined.</summary>
    /// <param name="data">Similarity grid and matches.</param>
    /// <returns>The chart.</returns>
    public static ChartImage AlignmentHeatmap(AlignmentHeatmapData data) => AlignmentHeatmapChart.Build(data);

    /// <summary>2-D map of all tasks (projected embeddings) coloured by plan.</summary>
    /// <param name="data">Projected points with their plan.</param>
    /// <returns>The chart.</returns>
    public static ChartImage TaskMap(TaskMapData data) => TaskMapChart.Build(data);
}
