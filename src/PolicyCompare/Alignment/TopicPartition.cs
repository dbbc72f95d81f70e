namespace PolicyCompare.Alignment;

/// <summary>A partition of a corpus's tasks into topics.</summary>
/// <param name="Keys">The tasks, in the order of the embeddings they came from.</param>
/// <param name="Assignments">The 0-based topic index of each task, aligned with <paramref name="Keys"/>; topics are numbered in order of their first task.</param>
/// <param name="TopicCount">Number of topics.</param>
/// <param name="Method">How the partition was made and how the number of topics was chosen, for a report's methods section.</param>
/// <param name="Silhouette">Mean silhouette (cosine distance) of the partition; tasks alone in their topic count 0.</param>
public sealed record TopicPartition(
    IReadOnlyList<TaskKey> Keys,
    IReadOnlyList<int> Assignments,
    int TopicCount,
    string Method,
    double Silhouette)
{
    /// <summary>
    /// How the topics would merge further, closest first (topics named <c>T01</c>… by index + 1), or empty when the
    /// clusterer keeps no tree.
    /// </summary>
    public IReadOnlyList<TopicMerge> Hierarchy { get; init; } = [];

    /// <summary>The tasks of each topic, by topic index.</summary>
    public IReadOnlyList<IReadOnlyList<TaskKey>> Members =>
        Enumerable.Range(0, TopicCount)
            .Select(t => (IReadOnlyList<TaskKey>)Keys.Where((_, i) => Assignments[i] == t).ToArray())
            .ToArray();
}
