namespace PolicyCompare.Charts;

/// <summary>
/// Input of the topic-emphasis chart: for each plan (ordered by year) the share of its tasks in each topic, drawn
/// as 100 % stacked bars. Only the <see cref="MaxTopics"/> topics with the largest total share get their own colour;
/// the rest are summed into one band named <see cref="OtherLabel"/>.
/// </summary>
/// <param name="Title">Chart title.</param>
/// <param name="XLabel">Label of the plan axis.</param>
/// <param name="YLabel">Label of the share axis.</param>
/// <param name="PlanLabels">One label per plan, e.g. "吉林省 2021", in year order.</param>
/// <param name="Topics">One series per topic: its share (0–1) of each plan's tasks.</param>
/// <param name="OtherLabel">Legend name of the band that sums the remaining topics.</param>
/// <param name="MaxTopics">How many topics get a colour of their own (at most 19).</param>
public sealed record TopicEmphasisData(
    string Title,
    string XLabel,
    string YLabel,
    IReadOnlyList<string> PlanLabels,
    IReadOnlyList<BarSeries> Topics,
    string OtherLabel,
    int MaxTopics = 12)
{
    /// <summary>Throws <see cref="ArgumentException"/> when shares are malformed.</summary>
    internal void Validate()
    {
        new StackedBarData(Title, XLabel, YLabel, PlanLabels, Topics).Validate();
        if (MaxTopics is < 1 or > 19)
        {
            throw new ArgumentException($"Chart '{Title}': MaxTopics {MaxTopics} must be between 1 and 19 (the palette has 20 colours).", nameof(MaxTopics));
        }
    }
}
