using PolicyCompare.Documents;

namespace PolicyCompare.Metrics.Coverage;

/// <summary>A peer plan's task that shows a gap topic is on other agendas.</summary>
/// <param name="DocumentId">The peer plan.</param>
/// <param name="Region">The peer's region.</param>
/// <param name="Ordinal">The task's ordinal in that plan.</param>
/// <param name="Number">The task number as written.</param>
/// <param name="Title">The task title.</param>
public sealed record GapEvidence(string DocumentId, string Region, int Ordinal, string Number, string Title)
{
    /// <summary>Whether the topic is the task's focus (else the task addresses it in a passage).</summary>
    public bool Focus { get; init; } = true;

    /// <summary>The passage that carries the topic, or null when none was scored.</summary>
    public string? Passage { get; init; }

    /// <summary>The passage's source span in the peer plan, or null.</summary>
    public SourceSpan? PassageSpan { get; init; }

    /// <summary>The peer plan's year, when known.</summary>
    public int? Year { get; init; }
}
