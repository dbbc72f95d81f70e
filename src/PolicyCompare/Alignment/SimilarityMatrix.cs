namespace PolicyCompare.Alignment;

/// <summary>Cosine similarities between L2-normalized task vectors.</summary>
internal static class SimilarityMatrix
{
    /// <summary>Cosine of two vectors (their dot product divided by their norms; 0 when either is zero).</summary>
    public static double Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var k = 0; k < a.Length; k++)
        {
            dot += (double)a[k] * b[k];
            na += (double)a[k] * a[k];
            nb += (double)b[k] * b[k];
        }

        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }
}
