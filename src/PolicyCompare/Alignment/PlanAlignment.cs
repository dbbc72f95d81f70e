namespace PolicyCompare.Alignment;

/// <summary>How two plans' tasks correspond.</summary>
/// <param name="LeftDocumentId">The first plan.</param>
/// <param name="RightDocumentId">The second plan.</param>
/// <param name="LeftTasks">The first plan's tasks, in order (rows of <paramref name="Similarity"/>).</param>
/// <param name="RightTasks">The second plan's tasks, in order (columns of <paramref name="Similarity"/>).</param>
/// <param name="Similarity">Cosine similarity of every left task (row) with every right task (column).</param>
/// <param name="Links">One-to-one links from the optimal assignment, then extra links, each group by left task then right task.</param>
/// <param name="Unmatched">Tasks of either plan with no link, each with its best candidate.</param>
public sealed record PlanAlignment(
    string LeftDocumentId,
    string RightDocumentId,
    IReadOnlyList<TaskKey> LeftTasks,
    IReadOnlyList<TaskKey> RightTasks,
    IReadOnlyList<IReadOnlyList<double>> Similarity,
    IReadOnlyList<TaskLink> Links,
    IReadOnlyList<UnmatchedTask> Unmatched)
{
    /// <summary>The one-to-one links only.</summary>
    public IEnumerable<TaskLink> OneToOne => Links.Where(l => l.Kind == LinkKind.OneToOne);
}
