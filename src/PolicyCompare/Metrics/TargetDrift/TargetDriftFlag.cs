namespace PolicyCompare.Metrics.TargetDrift;

/// <summary>What a later plan changed about a metric compared with an earlier plan.</summary>
public enum DriftFlagKind
{
    /// <summary>A weaker value for the same population: a lower value where higher is the aim (以上), or a higher value where lower is the aim (以内).</summary>
    WeakerValue,
    /// <summary>The same value for the same population, due in a later year.</summary>
    LaterDeadline,
    /// <summary>The populations the metric is stated for differ (e.g. 城市 and 重点人群 → 全体 and 重点人群).</summary>
    ScopeChanged,
}

/// <summary>A flagged change between an earlier and a later plan stating the same metric.</summary>
/// <param name="MetricId">The metric.</param>
/// <param name="Kind">What changed.</param>
/// <param name="Earlier">The earlier plan.</param>
/// <param name="Later">The later plan.</param>
/// <param name="Population">The population compared, or null for <see cref="DriftFlagKind.ScopeChanged"/>.</param>
/// <param name="Description">What changed, e.g. <c>30 → 25 (at least)</c> or <c>城市, 重点人群 → 全体, 重点人群</c>.</param>
public sealed record TargetDriftFlag(
    string MetricId,
    DriftFlagKind Kind,
    PlanReference Earlier,
    PlanReference Later,
    string? Population,
    string Description);
