namespace PolicyCompare.Alignment;

/// <summary>
/// Spherical k-means (Dhillon and Modha 2001: unit centroids, assignment by largest cosine) with k-means++ seeding
/// (Arthur and Vassilvitskii 2007, on cosine distance), used to compress many tasks into micro-clusters before average
/// linkage. Deterministic for a seed and independent of the thread count: the random draws are sequential, assignments
/// are computed per task, and centroids are summed in task order.
/// </summary>
internal static class SphericalKMeans
{
    /// <summary>Lloyd iterations at most; the loop stops earlier when no task changes cluster.</summary>
    public const int MaxIterations = 12;

    /// <summary>Partitions <paramref name="vectors"/> into at most <paramref name="k"/> clusters.</summary>
    /// <param name="vectors">L2-normalized vectors (zero vectors allowed).</param>
    /// <param name="k">Number of clusters wanted (at most the number of vectors).</param>
    /// <param name="seed">Seed of the k-means++ draws.</param>
    /// <param name="parallel">Thread bound and cancellation.</param>
    /// <param name="progress">Told the iterations done, or null.</param>
    /// <returns>The cluster of each vector, clusters numbered 0… without gaps.</returns>
    public static int[] Cluster(IReadOnlyList<float[]> vectors, int k, int seed, ParallelOptions parallel, IProgress<WorkProgress>? progress = null)
    {
        var n = vectors.Count;
        var dimensions = n == 0 ? 0 : vectors[0].Length;
        var centroids = Seed(vectors, k, seed, parallel);
        var assignment = new int[n];
        Array.Fill(assignment, -1);
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var nearest = NeighbourSearch.TopK(vectors, centroids, 1, parallel);
            var changed = 0;
            for (var i = 0; i < n; i++)
            {
                if (nearest[i].Indices[0] != assignment[i])
                {
                    assignment[i] = nearest[i].Indices[0];
                    changed++;
                }
            }

            if (changed == 0)
            {
                // Converged: the iterations left are not needed, so the step is complete.
                progress?.Report(new WorkProgress("micro-clusters", MaxIterations, MaxIterations));
                break;
            }

            progress?.Report(new WorkProgress("micro-clusters", iteration + 1, MaxIterations));

            var sums = new double[centroids.Length][];
            for (var i = 0; i < n; i++)
            {
                var sum = sums[assignment[i]] ??= new double[dimensions];
                var v = vectors[i];
                for (var d = 0; d < dimensions; d++)
                {
                    sum[d] += v[d];
                }
            }

            for (var c = 0; c < centroids.Length; c++)
            {
                // An emptied cluster keeps its centroid and may win tasks back.
                if (sums[c] is { } sum && Norm(sum) is var norm && norm > 0)
                {
                    centroids[c] = sum.Select(x => (float)(x / norm)).ToArray();
                }
            }
        }

        var renumber = new Dictionary<int, int>();
        return assignment.Select(a => renumber.TryGetValue(a, out var r) ? r : renumber[a] = renumber.Count).ToArray();
    }

    // k-means++: the first centre drawn uniformly, each next one with probability proportional to its cosine distance to
    // the nearest centre so far (D² sampling on the unit sphere, where ‖x − c‖² = 2 − 2 cos).
    private static float[][] Seed(IReadOnlyList<float[]> vectors, int k, int seed, ParallelOptions parallel)
    {
        var n = vectors.Count;
        var random = new Random(seed);
        var distance = new double[n];
        Array.Fill(distance, double.PositiveInfinity);
        var centres = new List<float[]>(k);
        var next = random.Next(n);
        while (centres.Count < k)
        {
            parallel.CancellationToken.ThrowIfCancellationRequested();
            var centre = vectors[next];
            centres.Add(centre);
            Parallel.For(0, n, parallel, i =>
                distance[i] = Math.Min(distance[i], Math.Max(0, 1 - System.Numerics.Tensors.TensorPrimitives.Dot(vectors[i], centre))));
            double total = 0;
            foreach (var d in distance)
            {
                total += d;
            }

            if (total <= 0)
            {
                break; // Every vector coincides with a centre: fewer distinct points than k.
            }

            var target = random.NextDouble() * total;
            next = n - 1;
            double running = 0;
            for (var i = 0; i < n; i++)
            {
                running += distance[i];
                if (running > target && distance[i] > 0)
                {
                    next = i;
                    break;
                }
            }
        }

        return centres.ToArray();
    }

    private static double Norm(double[] v)
    {
        double s = 0;
        foreach (var x in v)
        {
            s += x * x;
        }

        return Math.Sqrt(s);
    }
}
