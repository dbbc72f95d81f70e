namespace PolicyCompare.Alignment;

/// <summary>Cosine similarities between L2-normalized task vectors.</summary>
internal static class SimilarityMatrix
{
    /// <summary>All pairwise cosine similarities of <paramref name="embeddings"/>, in the order of its keys.</summary>
    /// <remarks>Every cell is computed on its own by the same loop, so the result does not depend on the thread count.</remarks>
    public static double[,] Of(TaskEmbeddings embeddings, int maxDegreeOfParallelism = -1)
    {
        var n = embeddings.Keys.Count;
        var result = new double[n, n];
        Parallel.For(0, n, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, i =>
        {
            for (var j = 0; j < n; j++)
            {
                result[i, j] = Cosine(embeddings.VectorAt(i), embeddings.VectorAt(j));
            }
        });
        return result;
    }

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
