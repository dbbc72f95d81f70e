using ScottPlot;

namespace PolicyCompare.Charts.Rendering;

/// <summary>
/// Sizes, fonts and colours shared by every chart. Sizes are in CSS pixels; PNGs are rendered at
/// <see cref="PixelScale"/> times that size so they stay sharp on high-density screens and in print,
/// while HTML shows them at their CSS size.
/// </summary>
internal static class ChartTheme
{
    /// <summary>PNG pixels per CSS pixel (2 = 192 dpi at the browser's 96 CSS px per inch).</summary>
    public const double PixelScale = 2.0;

    public const float TitleFontSize = 17;
    public const float AxisLabelFontSize = 14;
    public const float TickFontSize = 12;
    public const float LegendFontSize = 12;
    public const float AnnotationFontSize = 11;

    /// <summary>Length of a tick mark plus the gap ScottPlot leaves between it and its label (bottom axis).</summary>
    public const float BottomTickGap = 4 + 2;

    /// <summary>Length of a tick mark plus the gap ScottPlot leaves between it and its label (left axis).</summary>
    public const float LeftTickGap = 4 + 5;

    /// <summary>Free space kept between two neighbouring tick labels.</summary>
    public const float TickLabelClearance = 4;

    /// <summary>
    /// Longest side of any chart in CSS px. With <see cref="MaxArea"/> it bounds the PNG bitmap Skia allocates
    /// (at most 2·8000 px a side and 4·12·10⁶ px, 192 MB of RGBA), so no input can ask Skia for an invalid size.
    /// </summary>
    public const int MaxSide = 8000;

    /// <summary>Largest chart area in CSS px² (see <see cref="MaxSide"/>).</summary>
    public const long MaxArea = 12_000_000;

    /// <summary>
    /// Most categories on one axis (heatmap rows or columns, bars): beyond this a chart is no longer read label by
    /// label, and its caller sums categories up (by region, by year) or shows the top ones.
    /// </summary>
    public const int MaxCategories = 150;

    /// <summary>Widest chart the builders produce before they start to abbreviate harder.</summary>
    public const int MaxWidth = 2400;

    /// <summary>
    /// Colours for plans and series: the ten strong Category20 hues first, then their light partners, repeating
    /// beyond 20 (Category20 interleaves strong and light, which makes the second series hard to read).
    /// </summary>
    public static Color Categorical(int index)
    {
        int slot = index % 20;
        return Palette.GetColor(slot < 10 ? slot * 2 : (slot - 10) * 2 + 1);
    }

    private static readonly IPalette Palette = new ScottPlot.Palettes.Category20();
}
