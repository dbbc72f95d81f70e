namespace PolicyCompare.Metrics.Coverage;

/// <summary>Topic coverage of a corpus.</summary>
/// <param name="Matrix">The region × topic matrix.</param>
/// <param name="Regions">Per-plan summaries, gaps and diversity, in row order.</param>
/// <param name="Similarities">
/// Every ordered pair of plans (including a plan with itself), row-major in row order, up to
/// <see cref="MetricsOptions.AllPairsPlanLimit"/> plans; past it, each plan with itself and its
/// <see cref="MetricsOptions.NearestPlanCount"/> most similar peers (topic-share cosine, ties by row order), so that the
/// result grows with the corpus rather than with its square.
/// </param>
/// <param name="GapThreshold">The k used for gaps.</param>
public sealed record CoverageResult(
    CoverageMatrix Matrix,
    IReadOnlyList<RegionCoverage> Regions,
    IReadOnlyList<RegionSimilarity> Similarities,
    int GapThreshold);
