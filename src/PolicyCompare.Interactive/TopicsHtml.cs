using PolicyCompare.Alignment;

namespace PolicyCompare.Interactive;

/// <summary>Corpus topics as a table: label, codebook key, size, plans, cohesion and keywords.</summary>
internal static class TopicsHtml
{
    public static string Format(CorpusTopics topics)
    {
        var table = new HtmlTable("topic", "key", "label", "tasks", "plans", "cohesion", "keywords").Numeric(3, 4, 5);
        foreach (var topic in topics.Topics)
        {
            table.Add(
                topic.Id,
                topic.Key,
                topic.Label,
                HtmlTable.Number(topic.Members.Count),
                HtmlTable.Number(topic.Members.Select(m => m.DocumentId).Distinct(StringComparer.Ordinal).Count()),
                HtmlTable.Number(topic.Cohesion, "0.00"),
                string.Join("、", topic.Keywords));
        }

        return table.ToHtml($"{HtmlTable.Plural(topics.Topics.Count, "topic")} ({topics.Method})");
    }
}
