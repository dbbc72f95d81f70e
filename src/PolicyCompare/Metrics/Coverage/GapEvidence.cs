namespace PolicyCompare.Metrics.Coverage;

/// <summary>A peer plan's task that shows a gap topic is on other agendas.</summary>
/// <param name="DocumentId">The peer plan.</param>
/// <param name="Region">The peer's region.</param>
/// <param name="Ordinal">The task's ordinal in that plan.</param>
/// <param name="Number">The task number as written.</param>
/// <param name="Title">The task title.</param>
public sealed record GapEvidence(string DocumentId, string Region, int Ordinal, string Number, string Title);
