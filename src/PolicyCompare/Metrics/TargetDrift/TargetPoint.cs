using PolicyCompare.Documents;

namespace PolicyCompare.Metrics.TargetDrift;

/// <summary>One numeric target of one plan, as a point of a metric series.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="TaskOrdinal">Ordinal of the task stating the target.</param>
/// <param name="TopicId">The task's topic, or null when it has none.</param>
/// <param name="Value">The value in base units (percent, yuan, count).</param>
/// <param name="ValueMax">The upper value of a range, else null.</param>
/// <param name="Unit">The unit as written.</param>
/// <param name="Per">What the value is counted per (人均, 每千人口…), or null.</param>
/// <param name="Kind">Percentage, money, count or ratio.</param>
/// <param name="Comparator">How the value bounds the target.</param>
/// <param name="Population">Who the target covers (e.g. 重点人群, 城市), or 全体 when the phrase names no population.</param>
/// <param name="Scope">The parser's scope phrase, or null.</param>
/// <param name="Phrase">The metric phrase the point was named from (scope, or the words before the value), cleaned.</param>
/// <param name="DeadlineYear">The stated due year, or null (never inferred from the plan year).</param>
/// <param name="TargetText">The target text as written.</param>
/// <param name="Span">Where the target stands in the plan's source text.</param>
public sealed record TargetPoint(
    PlanReference Plan,
    int TaskOrdinal,
    string? TopicId,
    double Value,
    double? ValueMax,
    string Unit,
    string? Per,
    TargetKind Kind,
    TargetComparator Comparator,
    string Population,
    string? Scope,
    string Phrase,
    int? DeadlineYear,
    string TargetText,
    SourceSpan Span);
