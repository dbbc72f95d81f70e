using System.Globalization;
using ScottPlot;

namespace PolicyCompare.Charts.Rendering;

/// <summary>How a heatmap is drawn: cell sizes, label widths, annotation and colours.</summary>
/// <param name="MinCellWidth">Narrowest column in CSS px (widened to fit annotations and vertical labels).</param>
/// <param name="MinCellHeight">Lowest row in CSS px (raised to fit one line of row label).</param>
/// <param name="MaxRowLabelWidth">Row labels longer than this are shortened with an ellipsis.</param>
/// <param name="MaxColumnLabelWidth">Column labels longer than this are shortened with an ellipsis.</param>
/// <param name="Colormap">Cell colours.</param>
internal sealed record HeatmapStyle(float MinCellWidth, float MinCellHeight, float MaxRowLabelWidth, float MaxColumnLabelWidth, IColormap Colormap);

/// <summary>
/// Draws labelled heatmaps cell by cell (rectangles rather than a bitmap, so SVG output stays crisp), sizing the
/// figure from the number of rows and columns so every tick label keeps clear of its neighbours.
/// </summary>
internal static class HeatmapPainter
{
    private const float ColorBarAllowance = 110;
    private const float FigureMargin = 16;

    public static ChartImage Paint(HeatmapData data, HeatmapStyle style, IReadOnlyList<MatchedCell>? matches = null, string? matchLegendLabel = null)
    {
        int rows = data.RowLabels.Count;
        int columns = data.ColumnLabels.Count;
        ChartInputChecks.RequireAtMostCategories(rows, "rows", data.Title);
        ChartInputChecks.RequireAtMostCategories(columns, "columns", data.Title);
        (double min, double max) = ValueRange(data);
        var scale = new ColorScale(style.Colormap, min, max);

        IReadOnlyList<string> rowLabels = LabelText.FitWidth(data.RowLabels, style.MaxRowLabelWidth, ChartTheme.TickFontSize);
        IReadOnlyList<string> columnLabels = LabelText.FitWidth(data.ColumnLabels, style.MaxColumnLabelWidth, ChartTheme.TickFontSize);

        string[,] annotations = Annotations(data);
        float annotationWidth = TextMeasure.MaxWidth(annotations.Cast<string>(), ChartTheme.AnnotationFontSize);
        float cellWidth = Math.Max(Math.Max(style.MinCellWidth, annotationWidth + 8), CategoryAxisLayout.MinimumSlot(ChartTheme.TickFontSize));
        float cellHeight = Math.Max(style.MinCellHeight, TextMeasure.LineHeight(ChartTheme.TickFontSize) + 2);
        if (annotationWidth > 0)
        {
            cellHeight = Math.Max(cellHeight, TextMeasure.LineHeight(ChartTheme.AnnotationFontSize) + 6);
        }

        Plot plot = PlotFactory.Create(data.Title, data.XLabel, data.YLabel);
        plot.HideGrid();

        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                double value = data.Values[r, c];
                Color fill = double.IsNaN(value) ? Colors.LightGray : scale.ColorOf(value);
                var cell = plot.Add.Rectangle(c - 0.5, c + 0.5, r + 0.5, r - 0.5);
                cell.FillColor = fill;
                cell.LineColor = Colors.White;
                cell.LineWidth = 1;
                if (annotations[r, c].Length > 0)
                {
                    var text = plot.Add.Text(annotations[r, c], c, r);
                    text.LabelFontSize = ChartTheme.AnnotationFontSize;
                    text.LabelFontColor = ColorScale.TextColorOn(fill);
                    text.LabelAlignment = ScottPlot.Alignment.MiddleCenter;
                }
            }
        }

        if (matches is { Count: > 0 })
        {
            foreach (MatchedCell match in matches)
            {
                var outline = plot.Add.Rectangle(match.Column - 0.42, match.Column + 0.42, match.Row + 0.42, match.Row - 0.42);
                outline.FillColor = Colors.Transparent;
                outline.LineColor = Colors.Red;
                outline.LineWidth = 2;
            }

            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = matchLegendLabel ?? string.Empty,
                FillColor = Colors.Transparent,
                OutlineColor = Colors.Red,
                OutlineWidth = 2,
            });
        }

        double[] columnPositions = Enumerable.Range(0, columns).Select(i => (double)i).ToArray();
        double[] rowPositions = Enumerable.Range(0, rows).Select(i => (double)i).ToArray();
        var xLayout = CategoryAxisLayout.ForHorizontalAxis(columnLabels, cellWidth, ChartTheme.TickFontSize);
        float bottom = PlotFactory.SetBottomCategories(plot, xLayout, columnPositions);
        float left = PlotFactory.SetLeftCategories(plot, rowLabels, rowPositions, ChartTheme.TickFontSize);

        // A slanted first column label leans left past the data area; widen the left panel so it is not cut off.
        float overhang = xLayout.Overhang - cellWidth / 2;
        if (overhang > left)
        {
            plot.Axes.Left.MinimumSize = overhang + 4;
            plot.Axes.Left.MaximumSize = overhang + 4;
            left = overhang + 4;
        }

        var colorBar = plot.Add.ColorBar(scale);
        colorBar.Label = data.ColorScaleLabel ?? string.Empty;
        colorBar.Width = 16;
        colorBar.Axis.Label.FontSize = ChartTheme.AxisLabelFontSize;
        colorBar.Axis.TickLabelStyle.FontSize = ChartTheme.TickFontSize;
        if (data.Values.Cast<double>().Where(double.IsFinite).All(v => v == Math.Floor(v)))
        {
            // Counts: a colour bar with ticks at 0.2 task would suggest fractional counts.
            colorBar.Axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        }

        float legendDepth = 0;
        if (matches is { Count: > 0 })
        {
            plot.ShowLegend(Edge.Bottom);
            legendDepth = TextMeasure.LineHeight(ChartTheme.LegendFontSize) + 40;
        }

        // Row 0 at the top: the y axis runs downwards.
        plot.Axes.SetLimits(-0.5, columns - 0.5, rows - 0.5, -0.5);
        PlotFactory.ApplyEmbeddedFont(plot);

        float dataWidth = cellWidth * columns;
        float dataHeight = cellHeight * rows;
        int width = (int)MathF.Ceiling(left + dataWidth + ColorBarAllowance + FigureMargin);
        int height = (int)MathF.Ceiling(PlotFactory.TitleDepth + dataHeight + bottom + legendDepth + FigureMargin);
        return new ChartImage(plot, data.Title, width, height);
    }

    private static (double Min, double Max) ValueRange(HeatmapData data)
    {
        double[] finite = data.Values.Cast<double>().Where(double.IsFinite).ToArray();
        double observedMin = finite.Length == 0 ? 0 : finite.Min();
        double observedMax = finite.Length == 0 ? 1 : finite.Max();
        double min = data.MinValue ?? Math.Min(0, observedMin);
        double max = data.MaxValue ?? observedMax;
        if (!(max > min))
        {
            max = min + 1;
        }

        return (min, max);
    }

    private static string[,] Annotations(HeatmapData data)
    {
        int rows = data.RowLabels.Count;
        int columns = data.ColumnLabels.Count;
        var annotations = new string[rows, columns];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                double value = data.Values[r, c];
                annotations[r, c] = data.ValueFormat is null || double.IsNaN(value)
                    ? string.Empty
                    : value.ToString(data.ValueFormat, CultureInfo.InvariantCulture);
            }
        }

        return annotations;
    }
}
