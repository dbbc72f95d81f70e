namespace PolicyCompare.Metrics.TargetDrift;

/// <summary>How the due year of a metric moved from an earlier plan to a later one, for one population.</summary>
/// <param name="MetricId">The metric.</param>
/// <param name="Population">The population.</param>
/// <param name="Earlier">The earlier plan.</param>
/// <param name="EarlierDeadline">Its due year (first point in text order), or null when not stated.</param>
/// <param name="Later">The later plan.</param>
/// <param name="LaterDeadline">Its due year, or null.</param>
/// <param name="YearsMoved">LaterDeadline − EarlierDeadline; null when either is not stated.</param>
/// <param name="EarlierHorizon">EarlierDeadline − the earlier plan's year, or null.</param>
/// <param name="LaterHorizon">LaterDeadline − the later plan's year, or null.</param>
public sealed record DeadlineShift(
    string MetricId,
    string Population,
    PlanReference Earlier,
    int? EarlierDeadline,
    PlanReference Later,
    int? LaterDeadline,
    int? YearsMoved,
    int? EarlierHorizon,
    int? LaterHorizon);
