namespace PolicyCompare.Metrics.Coverage;

/// <summary>Similarity of two plans' topic profiles (one entry of the symmetric plan × plan matrix).</summary>
/// <param name="DocumentIdA">Row plan.</param>
/// <param name="DocumentIdB">Column plan.</param>
/// <param name="Jaccard">|topics of A ∩ topics of B| / |topics of A ∪ topics of B|; NaN when both cover nothing.</param>
/// <param name="Cosine">Cosine of the two topic-share vectors; NaN when either plan has no assigned task.</param>
public sealed record RegionSimilarity(string DocumentIdA, string DocumentIdB, double Jaccard, double Cosine);
