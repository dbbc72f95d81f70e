namespace PolicyCompare.Metrics.Coverage;

/// <summary>Topic coverage of a corpus.</summary>
/// <param name="Matrix">The region × topic matrix.</param>
/// <param name="Regions">Per-plan summaries, gaps and diversity, in row order.</param>
/// <param name="Similarities">Every ordered pair of plans (including a plan with itself), row-major in row order.</param>
/// <param name="GapThreshold">The k used for gaps.</param>
public sealed record CoverageResult(
    CoverageMatrix Matrix,
    IReadOnlyList<RegionCoverage> Regions,
    IReadOnlyList<RegionSimilarity> Similarities,
    int GapThreshold);
