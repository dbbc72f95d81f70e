namespace PolicyCompare.Metrics.Coverage;

/// <summary>One cell of the region × topic coverage matrix.</summary>
/// <param name="DocumentId">The plan (row).</param>
/// <param name="TopicId">The topic (column).</param>
/// <param name="TaskCount">Tasks of the plan whose focus (primary topic) is the topic.</param>
/// <param name="Present">Whether the plan has at least one task whose focus is the topic.</param>
/// <param name="Share">TaskCount divided by the plan's tasks that have a focus topic; NaN when the plan has none.</param>
public sealed record CoverageCell(string DocumentId, string TopicId, int TaskCount, bool Present, double Share)
{
    /// <summary>Tasks of the plan that address the topic: focus on it, or a passage that carries it (≥ TaskCount).</summary>
    public int AddressingTaskCount { get; init; } = TaskCount;

    /// <summary>Whether any task of the plan addresses the topic.</summary>
    public bool Addressed => AddressingTaskCount > 0;
}
