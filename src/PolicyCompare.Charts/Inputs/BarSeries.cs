namespace PolicyCompare.Charts;

/// <summary>One named series of a stacked bar chart: one value per category, in category order.</summary>
/// <param name="Name">Series name shown in the legend.</param>
/// <param name="Values">Values (≥ 0), one per category.</param>
public sealed record BarSeries(string Name, IReadOnlyList<double> Values);
