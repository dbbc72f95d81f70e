namespace PolicyCompare.Metrics.TargetDrift;

/// <summary>Target drift and emphasis drift of a corpus.</summary>
/// <param name="Metrics">Every numeric target of the corpus, in metrics ordered by id; a target no other plan shares is a one-point metric.</param>
/// <param name="EmphasisShares">Topic shares for every plan year × topic, by year then topic id.</param>
/// <param name="LanguageShifts">Per topic present in several years: consecutive year pairs, by topic id then year.</param>
/// <param name="EmbedderName">The embedder used for target phrases, for reports.</param>
public sealed record TargetDriftResult(
    IReadOnlyList<TargetMetric> Metrics,
    IReadOnlyList<EmphasisShare> EmphasisShares,
    IReadOnlyList<LanguageShift> LanguageShifts,
    string EmbedderName);
