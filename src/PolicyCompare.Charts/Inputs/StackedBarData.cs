namespace PolicyCompare.Charts;

/// <summary>
/// Input of a stacked bar chart: one bar per category, each bar stacking the series in order (first series at the
/// bottom).
/// </summary>
/// <param name="Title">Chart title.</param>
/// <param name="XLabel">Label of the category axis.</param>
/// <param name="YLabel">Label of the value axis.</param>
/// <param name="Categories">Bar labels, left to right.</param>
/// <param name="Series">Stacked series, bottom to top.</param>
public sealed record StackedBarData(
    string Title,
    string XLabel,
    string YLabel,
    IReadOnlyList<string> Categories,
    IReadOnlyList<BarSeries> Series)
{
    /// <summary>Throws <see cref="ArgumentException"/> when a series does not have one finite, non-negative value per category.</summary>
    internal void Validate()
    {
        ChartInputChecks.NotEmpty(Categories, nameof(Categories), Title);
        ChartInputChecks.NotEmpty(Series, nameof(Series), Title);
        foreach (BarSeries series in Series)
        {
            if (series.Values.Count != Categories.Count)
            {
                throw new ArgumentException(
                    $"Chart '{Title}': series '{series.Name}' has {series.Values.Count} values for {Categories.Count} categories.", nameof(Series));
            }

            foreach (double value in series.Values)
            {
                ChartInputChecks.Finite(value, $"a value of series '{series.Name}'", Title);
                if (value < 0)
                {
                    throw new ArgumentException($"Chart '{Title}': series '{series.Name}' has a negative value {value}; stacked bars need values ≥ 0.", nameof(Series));
                }
            }
        }
    }
}
