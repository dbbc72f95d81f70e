using Microsoft.Data.Analysis;
using PolicyCompare.Alignment;

namespace PolicyCompare.Export;

/// <summary>The topics of a corpus as one overview table, like BERTopic's <c>get_topic_info()</c>.</summary>
public static class TopicInfoTables
{
    /// <summary>
    /// Table <c>topic-info</c>: one row per topic, in the topics' order: <c>topic_id</c>, <c>label</c>,
    /// <c>codebook_key</c>, <c>english_name</c>, <c>task_count</c>, <c>plan_count</c> (plans with a task in the topic),
    /// <c>keywords</c> (class-based TF-IDF, highest first, space-separated), the representative task
    /// (<c>central_document_id</c>, <c>central_task_ordinal</c>, <c>central_title</c>: the member nearest the centroid),
    /// <c>cohesion</c> and <c>members</c> (<c>document#ordinal</c>, space-separated, by document then ordinal).
    /// </summary>
    /// <param name="topics">The topics.</param>
    /// <returns>The table.</returns>
    public static ResultTable ToTable(this CorpusTopics topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        var table = new TableBuilder("topic-info")
            .Text("topic_id").Text("label").Text("codebook_key").Text("english_name").Integer("task_count").Integer("plan_count").Text("keywords")
            .Text("central_document_id").Integer("central_task_ordinal").Text("central_title").Real("cohesion").Text("members");
        foreach (var t in topics.Topics)
        {
            table.Row(t.Id, t.Label, t.Key, t.EnglishName, t.Members.Count, t.Members.Select(m => m.DocumentId).Distinct(StringComparer.Ordinal).Count(),
                string.Join(" ", t.Keywords), t.CentralTask.DocumentId, t.CentralTask.Ordinal, t.CentralTitle, t.Cohesion,
                string.Join(" ", t.Members.Select(m => $"{m.DocumentId}#{m.Ordinal}")));
        }

        return table.Build();
    }

    /// <summary>The <see cref="ToTable"/> overview as a DataFrame (one row per topic).</summary>
    /// <param name="topics">The topics.</param>
    /// <returns>A new DataFrame.</returns>
    public static DataFrame ToDataFrame(this CorpusTopics topics) => topics.ToTable().ToDataFrame();
}
