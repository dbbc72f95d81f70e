using PolicyCompare.Documents;

namespace PolicyCompare.Metrics.TargetDrift;

/// <summary>Targets placed in one metric by <see cref="TargetMetricGrouping"/>.</summary>
internal sealed record TargetMetricGroup(string Name, TargetKind Kind, string UnitKey, IReadOnlyList<TargetDraft> Drafts);
