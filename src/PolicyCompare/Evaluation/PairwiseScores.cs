namespace PolicyCompare.Evaluation;

/// <summary>Pair counts and the precision, recall and F1 computed from them.</summary>
/// <param name="TruePositives">Pairs that share a label in both labelings.</param>
/// <param name="FalsePositives">Pairs that share a predicted label but not a reference label.</param>
/// <param name="FalseNegatives">Pairs that share a reference label but not a predicted label.</param>
public sealed record PairwiseScores(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>TP / (TP + FP); 0 when nothing was predicted together.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); 0 when nothing belongs together.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>Harmonic mean of precision and recall; 0 when both are 0.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
