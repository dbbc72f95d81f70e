using System.Numerics.Tensors;

namespace PolicyCompare.Alignment;

/// <summary>
/// Mean silhouette (Rousseeuw 1987) with cosine distance, computed from per-topic sums of vectors instead of all pairs:
/// for L2-normalized x, the distances from x to the members of topic C sum to |C| − x·S_C with S_C = Σ_{y∈C} y, so a(i)
/// and b(i) cost one dot product per topic. Exact for every task scored; past <see cref="TopicOptions.SilhouetteSample"/>
/// tasks, a fixed seeded sample of tasks is scored against the full topics.
/// </summary>
internal static class SilhouetteScore
{
    /// <summary>The tasks to score: all of them, or a seeded sample of <paramref name="sampleSize"/> in index order.</summary>
    public static int[] Sample(int n, int sampleSize, int seed)
    {
        if (n <= sampleSize)
        {
            return Enumerable.Range(0, n).ToArray();
        }

        var random = new Random(seed);
        var order = Enumerable.Range(0, n).ToArray();
        for (var i = 0; i < sampleSize; i++)
        {
            var j = random.Next(i, n);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order[..sampleSize].Order().ToArray();
    }

    /// <summary>Mean silhouette over <paramref name="scored"/>; members of single-task topics score 0.</summary>
    /// <param name="vectors">All task vectors (L2-normalized or zero).</param>
    /// <param name="labels">Topic of every task, 0…k−1.</param>
    /// <param name="scored">The tasks whose silhouettes are averaged.</param>
    /// <param name="parallel">Thread bound and cancellation.</param>
    /// <returns>The mean, 0 when there are fewer than two topics or as many topics as tasks.</returns>
    public static double Mean(IReadOnlyList<float[]> vectors, IReadOnlyList<int> labels, IReadOnlyList<int> scored, ParallelOptions parallel)
    {
        var n = labels.Count;
        var k = labels.Max() + 1;
        if (k < 2 || k >= n)
        {
            return 0;
        }

        var dimensions = vectors[0].Length;
        var counts = new int[k];
        var sums = new double[k][];
        for (var t = 0; t < k; t++)
        {
            sums[t] = new double[dimensions];
        }

        for (var i = 0; i < n; i++)
        {
            counts[labels[i]]++;
            var sum = sums[labels[i]];
            var v = vectors[i];
            for (var d = 0; d < dimensions; d++)
            {
                sum[d] += v[d];
            }
        }

        var scores = new double[scored.Count];
        Parallel.For(0, scored.Count, parallel, s =>
        {
            var i = scored[s];
            var own = labels[i];
            if (counts[own] == 1)
            {
                return;
            }

            var x = Array.ConvertAll(vectors[i], v => (double)v);
            var self = TensorPrimitives.Dot(x, x);
            var a = (counts[own] - 1 - (TensorPrimitives.Dot(x, sums[own]) - self)) / (counts[own] - 1);
            var b = double.PositiveInfinity;
            for (var c = 0; c < k; c++)
            {
                if (c != own)
                {
                    b = Math.Min(b, (counts[c] - TensorPrimitives.Dot(x, sums[c])) / counts[c]);
                }
            }

            var larger = Math.Max(a, b);
            scores[s] = larger > 0 ? (b - a) / larger : 0;
        });
        double total = 0;
        foreach (var score in scores)
        {
            total += score;
        }

        return total / scored.Count;
    }
}
