namespace PolicyCompare.Metrics.TargetDrift;

/// <summary>How a topic's language moved between two consecutive plan years in which it appears.</summary>
/// <param name="TopicId">The topic.</param>
/// <param name="FromYear">The earlier year.</param>
/// <param name="ToYear">The later year.</param>
/// <param name="FromTaskCount">The topic's tasks in the earlier year.</param>
/// <param name="ToTaskCount">The topic's tasks in the later year.</param>
/// <param name="CentroidDistance">1 − cosine of the mean task embeddings of the two years.</param>
/// <param name="Rising">Terms whose relative frequency rose most, largest rise first (ties: ordinal term). The plans'
/// own region names and level words (省, 市, 自治区, 全市…) are left out.</param>
/// <param name="Falling">Terms whose relative frequency fell most, largest fall first (ties: ordinal term).</param>
public sealed record LanguageShift(
    string TopicId,
    int FromYear,
    int ToYear,
    int FromTaskCount,
    int ToTaskCount,
    double CentroidDistance,
    IReadOnlyList<TermShift> Rising,
    IReadOnlyList<TermShift> Falling);
