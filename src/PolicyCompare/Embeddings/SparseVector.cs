namespace PolicyCompare.Embeddings;

/// <summary>A sparse vector: feature indices in ascending order and their weights.</summary>
/// <param name="Indices">Feature indices, ascending.</param>
/// <param name="Values">Weights, aligned with <paramref name="Indices"/>.</param>
internal sealed record SparseVector(int[] Indices, double[] Values)
{
    /// <summary>The vector with no entry.</summary>
    public static SparseVector Empty { get; } = new([], []);

    /// <summary>Dot product of two sparse vectors (merge of the sorted index lists).</summary>
    public double Dot(SparseVector other)
    {
        double sum = 0;
        int i = 0, j = 0;
        while (i < Indices.Length && j < other.Indices.Length)
        {
            var a = Indices[i];
            var b = other.Indices[j];
            if (a == b)
            {
                sum += Values[i++] * other.Values[j++];
            }
            else if (a < b)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }
}
