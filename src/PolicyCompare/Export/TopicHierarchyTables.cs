using PolicyCompare.Alignment;
using PolicyCompare.Topics;

namespace PolicyCompare.Export;

/// <summary>The topic hierarchy (the merge tree above the topics) as a table, like a SciPy linkage matrix with names.</summary>
public static class TopicHierarchyTables
{
    /// <summary>
    /// Table <c>topic-hierarchy</c>: one row per merge, closest first: <c>merge_id</c> (<c>M01</c>…), <c>left</c> and
    /// <c>right</c> (the nodes joined: a topic id or an earlier merge id), <c>similarity</c> (the average link at the
    /// merge, higher is closer) and <c>task_count</c> (tasks under the merged node).
    /// </summary>
    /// <param name="hierarchy">The merges (<see cref="CorpusTopics.Hierarchy"/> or <see cref="TopicModel.Hierarchy"/>).</param>
    /// <returns>The table.</returns>
    public static ResultTable ToHierarchyTable(this IReadOnlyList<TopicMerge> hierarchy)
    {
        ArgumentNullException.ThrowIfNull(hierarchy);
        var table = new TableBuilder("topic-hierarchy").Text("merge_id").Text("left").Text("right").Real("similarity").Integer("task_count");
        foreach (var merge in hierarchy)
        {
            table.Row(merge.Id, merge.Left, merge.Right, merge.Similarity, merge.Size);
        }

        return table.Build();
    }
}
