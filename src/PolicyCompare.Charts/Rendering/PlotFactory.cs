using ScottPlot;
using ScottPlot.AxisPanels;
using ScottPlot.Panels;
using ScottPlot.TickGenerators;

namespace PolicyCompare.Charts.Rendering;

/// <summary>Creates plots in the house style and lays out categorical axes with explicit tick positions.</summary>
internal static class PlotFactory
{
    /// <summary>A plot with title and axis labels in the embedded font and no grid.</summary>
    public static Plot Create(string title, string xLabel, string yLabel)
    {
        ChartFont.EnsureRegistered();
        var plot = new Plot();
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        plot.Axes.Title.Label.FontSize = ChartTheme.TitleFontSize;
        plot.Axes.Bottom.Label.FontSize = ChartTheme.AxisLabelFontSize;
        plot.Axes.Left.Label.FontSize = ChartTheme.AxisLabelFontSize;
        plot.Axes.Bottom.TickLabelStyle.FontSize = ChartTheme.TickFontSize;
        plot.Axes.Left.TickLabelStyle.FontSize = ChartTheme.TickFontSize;
        plot.Legend.FontSize = ChartTheme.LegendFontSize;
        return plot;
    }

    /// <summary>Height of the title panel ScottPlot reserves for a one-line title.</summary>
    public static float TitleDepth => TextMeasure.LineHeight(ChartTheme.TitleFontSize) + 12;

    /// <summary>Depth of the axis label line below/beside the tick labels, with ScottPlot's paddings.</summary>
    public static float AxisLabelDepth(IAxis axis)
    {
        float padding = axis is AxisBase axisBase
            ? (axis.Edge.IsVertical()
                ? axisBase.PaddingBetweenTickAndAxisLabels.Horizontal + axisBase.PaddingOutsideAxisLabels.Horizontal
                : axisBase.PaddingBetweenTickAndAxisLabels.Vertical + axisBase.PaddingOutsideAxisLabels.Vertical)
            : 10;
        return TextMeasure.LineHeight(ChartTheme.AxisLabelFontSize) + padding;
    }

    /// <summary>
    /// Puts one labelled tick at each of <paramref name="positions"/> on the bottom axis, with the rotation chosen by
    /// <paramref name="layout"/>, and fixes the panel depth the rotated labels need.
    /// </summary>
    /// <returns>The panel depth in CSS pixels.</returns>
    public static float SetBottomCategories(Plot plot, CategoryAxisLayout layout, IReadOnlyList<double> positions)
    {
        IXAxis axis = plot.Axes.Bottom;
        axis.TickGenerator = ManualTicks(layout.Labels, positions);
        axis.TickLabelStyle.FontSize = layout.FontSize;
        axis.TickLabelStyle.Rotation = layout.Rotation;
        axis.TickLabelStyle.Alignment = layout.Rotation == 0 ? ScottPlot.Alignment.UpperCenter : ScottPlot.Alignment.MiddleRight;
        float depth = layout.TickLabelDepth + AxisLabelDepth(axis);
        FixSize(axis, depth);
        return depth;
    }

    /// <summary>
    /// Puts one horizontal labelled tick at each of <paramref name="positions"/> on the left axis and fixes the panel
    /// width to the widest label.
    /// </summary>
    /// <returns>The panel width in CSS pixels.</returns>
    public static float SetLeftCategories(Plot plot, IReadOnlyList<string> labels, IReadOnlyList<double> positions, float fontSize)
    {
        IYAxis axis = plot.Axes.Left;
        axis.TickGenerator = ManualTicks(labels, positions);
        axis.TickLabelStyle.FontSize = fontSize;
        float width = ChartTheme.LeftTickGap + TextMeasure.MaxWidth(labels, fontSize) + AxisLabelDepth(axis);
        FixSize(axis, width);
        return width;
    }

    /// <summary>Width of the left axis panel for numeric ticks of the given texts.</summary>
    public static float NumericLeftWidth(Plot plot, IEnumerable<string> sampleTickLabels)
    {
        float width = ChartTheme.LeftTickGap + TextMeasure.MaxWidth(sampleTickLabels, ChartTheme.TickFontSize) + AxisLabelDepth(plot.Axes.Left);
        FixSize(plot.Axes.Left, width);
        return width;
    }

    /// <summary>Depth of the bottom axis panel for one line of numeric tick labels.</summary>
    public static float NumericBottomDepth(Plot plot)
    {
        float depth = ChartTheme.BottomTickGap + TextMeasure.LineHeight(ChartTheme.TickFontSize) + AxisLabelDepth(plot.Axes.Bottom);
        FixSize(plot.Axes.Bottom, depth);
        return depth;
    }

    /// <summary>
    /// Points every label of the plot (title, axes, ticks, legend, text annotations, colour bars) at the embedded
    /// font. Call after all plottables are added.
    /// </summary>
    public static void ApplyEmbeddedFont(Plot plot)
    {
        SetFont(plot.Axes.Title.Label);
        foreach (IAxis axis in plot.Axes.GetAxes())
        {
            SetFont(axis.Label);
            SetFont(axis.TickLabelStyle);
        }

        foreach (ColorBar colorBar in plot.Axes.GetPanels().OfType<ColorBar>())
        {
            SetFont(colorBar.Axis.Label);
            SetFont(colorBar.Axis.TickLabelStyle);
        }

        foreach (ScottPlot.Plottables.Text text in plot.GetPlottables<ScottPlot.Plottables.Text>())
        {
            SetFont(text.LabelStyle);
        }

        plot.Legend.FontName = ChartFont.FamilyName;
        plot.Legend.SetBestFontOnEachRender = false;
    }

    private static void SetFont(LabelStyle style)
    {
        style.FontName = ChartFont.FamilyName;
        style.Font = null;
    }

    private static NumericManual ManualTicks(IReadOnlyList<string> labels, IReadOnlyList<double> positions)
    {
        var ticks = new NumericManual();
        for (int i = 0; i < labels.Count; i++)
        {
            ticks.AddMajor(positions[i], labels[i]);
        }

        return ticks;
    }

    private static void FixSize(IPanel panel, float size)
    {
        panel.MinimumSize = size;
        panel.MaximumSize = size;
    }
}
