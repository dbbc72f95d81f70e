namespace PolicyCompare.Metrics;

/// <summary>Similarity of two profiles over the same categories. Undefined cases give <see cref="double.NaN"/>.</summary>
public static class Similarity
{
    /// <summary>Jaccard index of two presence sets: <c>|A ∩ B| / |A ∪ B|</c>.</summary>
    /// <param name="a">Presence per category.</param>
    /// <param name="b">Presence per category, same length as <paramref name="a"/>.</param>
    /// <returns>The index in [0, 1]; NaN when both sets are empty.</returns>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static double Jaccard(IReadOnlyList<bool> a, IReadOnlyList<bool> b)
    {
        RequireSameLength(a.Count, b.Count);
        int both = 0, either = 0;
        for (var i = 0; i < a.Count; i++)
        {
            both += a[i] && b[i] ? 1 : 0;
            either += a[i] || b[i] ? 1 : 0;
        }

        return either == 0 ? double.NaN : (double)both / either;
    }

    /// <summary>Cosine similarity: <c>a·b / (‖a‖ ‖b‖)</c>.</summary>
    /// <param name="a">A finite vector.</param>
    /// <param name="b">A finite vector of the same length.</param>
    /// <returns>The cosine; NaN when either vector is all zeros.</returns>
    /// <exception cref="ArgumentException">The lengths differ or an entry is not finite.</exception>
    public static double Cosine(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        RequireSameLength(a.Count, b.Count);
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Count; i++)
        {
            if (!double.IsFinite(a[i]) || !double.IsFinite(b[i]))
            {
                throw new ArgumentException("Vectors must be finite.", nameof(a));
            }

            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }

        return na == 0 || nb == 0 ? double.NaN : dot / Math.Sqrt(na * nb);
    }

    /// <summary>Cosine similarity of two float vectors (e.g. embeddings), accumulated in double precision.</summary>
    /// <param name="a">A vector.</param>
    /// <param name="b">A vector of the same length.</param>
    /// <returns>The cosine; NaN when either vector is all zeros.</returns>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static double Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        RequireSameLength(a.Length, b.Length);
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += (double)a[i] * b[i];
            na += (double)a[i] * a[i];
            nb += (double)b[i] * b[i];
        }

        return na == 0 || nb == 0 ? double.NaN : dot / Math.Sqrt(na * nb);
    }

    private static void RequireSameLength(int a, int b)
    {
        if (a != b)
        {
            throw new ArgumentException($"Profiles must have the same length ({a} vs {b}).");
        }
    }
}
