namespace PolicyCompare.Charts;

/// <summary>
/// Input of a labelled heatmap: <c>Values[row, column]</c> drawn with row 0 at the top. <see cref="double.NaN"/>
/// marks a cell with no value (drawn grey, not annotated).
/// </summary>
/// <param name="Title">Chart title.</param>
/// <param name="XLabel">Label of the horizontal (column) axis.</param>
/// <param name="YLabel">Label of the vertical (row) axis.</param>
/// <param name="RowLabels">One label per row, top to bottom.</param>
/// <param name="ColumnLabels">One label per column, left to right.</param>
/// <param name="Values">Cell values, [row, column].</param>
/// <param name="ValueFormat">.NET numeric format for annotating each cell (e.g. "0", "0.00"); null draws no numbers.</param>
/// <param name="ColorScaleLabel">Title of the colour bar; null for none.</param>
/// <param name="MinValue">Value mapped to the lightest colour; null = smallest value (or 0 when all are ≥ 0).</param>
/// <param name="MaxValue">Value mapped to the darkest colour; null = largest value.</param>
public sealed record HeatmapData(
    string Title,
    string XLabel,
    string YLabel,
    IReadOnlyList<string> RowLabels,
    IReadOnlyList<string> ColumnLabels,
    double[,] Values,
    string? ValueFormat = null,
    string? ColorScaleLabel = null,
    double? MinValue = null,
    double? MaxValue = null)
{
    /// <summary>Throws <see cref="ArgumentException"/> when labels and values disagree in shape.</summary>
    internal void Validate()
    {
        ChartInputChecks.NotEmpty(RowLabels, nameof(RowLabels), Title);
        ChartInputChecks.NotEmpty(ColumnLabels, nameof(ColumnLabels), Title);
        if (Values.GetLength(0) != RowLabels.Count || Values.GetLength(1) != ColumnLabels.Count)
        {
            throw new ArgumentException(
                $"Heatmap '{Title}': values are {Values.GetLength(0)}×{Values.GetLength(1)} but there are {RowLabels.Count} row and {ColumnLabels.Count} column labels.",
                nameof(Values));
        }

        if (MinValue is { } min && MaxValue is { } max && !(min < max))
        {
            throw new ArgumentException($"Heatmap '{Title}': MinValue {min} must be below MaxValue {max}.", nameof(MinValue));
        }
    }
}
