namespace PolicyCompare.Metrics.Coverage;

/// <summary>
/// The region × topic matrix. Rows are plans by year then id; columns are topics by how widely they are covered
/// (number of plans, then total tasks, both descending, then ordinal topic id).
/// </summary>
/// <param name="Plans">Rows.</param>
/// <param name="Topics">Columns.</param>
/// <param name="Cells">Cells in row-major order: for each plan, one cell per topic in column order.</param>
public sealed record CoverageMatrix(
    IReadOnlyList<PlanReference> Plans,
    IReadOnlyList<CoverageTopicColumn> Topics,
    IReadOnlyList<CoverageCell> Cells)
{
    /// <summary>The cell of a plan and topic.</summary>
    /// <param name="documentId">The plan's document id.</param>
    /// <param name="topicId">The topic id.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="KeyNotFoundException">The plan or topic is not in the matrix.</exception>
    public CoverageCell this[string documentId, string topicId]
    {
        get
        {
            var row = IndexOf(Plans.Select(p => p.DocumentId), documentId, "plan");
            var column = IndexOf(Topics.Select(t => t.TopicId), topicId, "topic");
            return Cells[(row * Topics.Count) + column];
        }
    }

    private static int IndexOf(IEnumerable<string> ids, string id, string what)
    {
        var index = 0;
        foreach (var candidate in ids)
        {
            if (string.Equals(candidate, id, StringComparison.Ordinal))
            {
                return index;
            }

            index++;
        }

        throw new KeyNotFoundException($"No {what} '{id}' in the coverage matrix.");
    }
}
