namespace PolicyCompare.Evaluation;

/// <summary>A coverage gap as scored against expert labels.</summary>
/// <param name="DocumentId">The plan.</param>
/// <param name="TopicKey">The gold topic key.</param>
/// <param name="TopicId">The reported topic, or null for a gold gap no reported gap matches.</param>
/// <param name="Note">Why it is false or missed: for a false gap, the plan's task that addresses the key.</param>
public sealed record ScoredGap(string DocumentId, string TopicKey, string? TopicId, string Note);
