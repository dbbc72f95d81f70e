using PolicyCompare.Documents;

namespace PolicyCompare.Metrics.TargetDrift;

/// <summary>A target read from a plan, before it is placed in a metric.</summary>
internal sealed record TargetDraft(PlanReference Plan, int TaskOrdinal, string? TopicId, Target Target, TargetPhrase Phrase, string Name, string UnitKey)
{
    /// <summary>The text embedded for the target: its resolved name, then its nearby text.</summary>
    public string EmbeddingText => $"{Name}：{Phrase.Context}";

    public TargetPoint ToPoint() => new(
        Plan,
        TaskOrdinal,
        TopicId,
        Target.Value,
        Target.ValueMax,
        Target.Unit,
        Target.Kind,
        Target.Comparator,
        Phrase.Population,
        Target.Scope,
        Phrase.Phrase,
        Target.DeadlineYear,
        Target.Text,
        Target.Span);
}
