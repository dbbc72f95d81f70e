using System.Globalization;

namespace PolicyCompare.Charts.Builders;

/// <summary>
/// 100 % stacked bars of topic shares per plan in year order; the topics with the largest total share keep their
/// own band, the rest are summed into one "other" band on top.
/// </summary>
internal static class TopicEmphasisChart
{
    public static ChartImage Build(TopicEmphasisData data)
    {
        data.Validate();
        int plans = data.PlanLabels.Count;
        BarSeries[] ranked = data.Topics
            .Select((topic, index) => (topic, index, total: topic.Values.Sum()))
            .OrderByDescending(t => t.total)
            .ThenBy(t => t.index)
            .Select(t => t.topic)
            .ToArray();

        var series = ranked.Take(data.MaxTopics).ToList();
        if (ranked.Length > data.MaxTopics)
        {
            BarSeries[] rest = ranked.Skip(data.MaxTopics).ToArray();
            double[] other = Enumerable.Range(0, plans).Select(i => rest.Sum(s => s.Values[i])).ToArray();
            series.Add(new BarSeries($"{data.OtherLabel} ({rest.Length.ToString(CultureInfo.InvariantCulture)})", other));
        }

        double tallest = Enumerable.Range(0, plans).Select(i => series.Sum(s => s.Values[i])).Max();
        double top = Math.Max(1.0, tallest);
        var ticks = Enumerable.Range(0, 5)
            .Select(k => (k * 0.25, (k * 25).ToString(CultureInfo.InvariantCulture) + "%"))
            .ToArray();
        var stacked = new StackedBarData(data.Title, data.XLabel, data.YLabel, data.PlanLabels, series);
        return StackedBarPainter.Paint(stacked, ticks, top);
    }
}
