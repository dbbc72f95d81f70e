namespace PolicyCompare.Metrics.Coverage;

/// <summary>One cell of the region × topic coverage matrix.</summary>
/// <param name="DocumentId">The plan (row).</param>
/// <param name="TopicId">The topic (column).</param>
/// <param name="TaskCount">Tasks of the plan assigned to the topic.</param>
/// <param name="Present">Whether the plan has at least one task in the topic.</param>
/// <param name="Share">TaskCount divided by the plan's topic-assigned tasks; NaN when the plan has none.</param>
public sealed record CoverageCell(string DocumentId, string TopicId, int TaskCount, bool Present, double Share);
