using System.Globalization;
using System.Numerics.Tensors;
using Microsoft.Extensions.Options;

namespace PolicyCompare.Alignment;

/// <summary>
/// Average-linkage agglomerative clustering of task vectors with a soft same-document penalty, choosing the number of
/// topics by the mean silhouette. Up to <see cref="TopicOptions.ExactClusteringLimit"/> tasks every task starts as its own
/// cluster; beyond, spherical k-means first compresses the tasks into <see cref="TopicOptions.MicroClusters"/>
/// micro-clusters and average linkage joins those (two-stage clustering). Deterministic: seeded, ties broken by task order,
/// and independent of the number of threads.
/// </summary>
/// <remarks>
/// Every task ends in a topic (no outlier bin). The penalty is subtracted from the similarity of two tasks of the same
/// plan, because a plan rarely spends two tasks on one theme; the silhouette that chooses the number of topics is computed
/// on the plain cosine distance, so the penalty shapes merges but not the yardstick. Merges are found by the
/// nearest-neighbour chain (<see cref="AverageLinkage"/>, O(m²) for m starting clusters). For two groups of unit vectors
/// the mean pairwise cosine is S_A·S_B / (|A|·|B|) (S the sum of a group's vectors) and the mean penalty counts the
/// same-plan pairs, so linking micro-clusters is exact average linkage over their tasks.
/// </remarks>
public sealed class AgglomerativeTopicClusterer : ITopicClusterer
{
    private readonly TopicOptions _options;

    /// <summary>Creates the clusterer.</summary>
    /// <param name="options">Topic options.</param>
    public AgglomerativeTopicClusterer(IOptions<TopicOptions> options)
        : this(options?.Value ?? throw new ArgumentNullException(nameof(options)))
    {
    }

    /// <summary>Creates the clusterer.</summary>
    /// <param name="options">Topic options.</param>
    public AgglomerativeTopicClusterer(TopicOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    /// <inheritdoc />
    /// <exception cref="PolicyCompareException">A fixed topic count exceeds the number of tasks, or there is no task.</exception>
    public TopicPartition Cluster(TaskEmbeddings embeddings, int? topicCount = null) => Cluster(embeddings, topicCount, null, CancellationToken.None);

    /// <summary>Partitions the tasks into topics, reporting progress and checking for cancellation inside long loops.</summary>
    /// <param name="embeddings">One vector per task.</param>
    /// <param name="topicCount">A fixed number of topics, or null to choose it.</param>
    /// <param name="progress">Told the work done within each step, or null.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The topic of each task.</returns>
    /// <exception cref="PolicyCompareException">A fixed topic count exceeds the number of tasks, or there is no task.</exception>
    public TopicPartition Cluster(TaskEmbeddings embeddings, int? topicCount, IProgress<WorkProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        var n = embeddings.Keys.Count;
        if (n == 0)
        {
            throw new PolicyCompareException("Cannot find topics: the corpus has no task.");
        }

        var fixedCount = topicCount ?? _options.TopicCount;
        if (fixedCount is { } k && (k < 1 || k > n))
        {
            throw new PolicyCompareException($"Cannot make {k} topics from {n} tasks: the topic count must be between 1 and {n}.");
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        var vectors = Enumerable.Range(0, n).Select(i => embeddings.VectorAt(i).ToArray()).ToArray();
        var (minK, maxK) = fixedCount is { } f ? (f, f) : CandidateRange(embeddings.Keys);
        var twoStage = n > _options.ExactClusteringLimit;
        var unitOf = twoStage
            ? SphericalKMeans.Cluster(vectors, Math.Max(_options.MicroClusters, maxK), _options.RandomSeed, parallel, progress)
            : Enumerable.Range(0, n).ToArray();
        var units = unitOf.Max() + 1;
        var (link, sizes) = Links(embeddings.Keys, vectors, unitOf, units, parallel);
        var merges = AverageLinkage.Agglomerate(link, sizes, cancellationToken);
        var candidates = Partitions(unitOf, units, merges, Math.Min(minK, units), Math.Min(maxK, units));
        var scored = SilhouetteScore.Sample(n, _options.SilhouetteSample, _options.RandomSeed);
        var best = candidates
            .Select((labels, c) =>
            {
                var silhouette = SilhouetteScore.Mean(vectors, labels, scored, parallel);
                progress?.Report(new WorkProgress("silhouette", c + 1, candidates.Count));
                return (Labels: labels, Silhouette: silhouette);
            })
            .ToList()
            .OrderByDescending(c => c.Silhouette)
            .ThenBy(c => c.Labels.Max())
            .First();
        var count = best.Labels.Max() + 1;
        var penalty = _options.SameDocumentPenalty.ToString("0.###", CultureInfo.InvariantCulture);
        var stages = twoStage
            ? string.Create(CultureInfo.InvariantCulture, $"two-stage clustering: spherical k-means into {units} micro-clusters, then average-linkage agglomerative clustering (same-document penalty {penalty})")
            : $"average-linkage agglomerative clustering (same-document penalty {penalty})";
        var silhouette = scored.Length < n ? string.Create(CultureInfo.InvariantCulture, $"mean silhouette on a sample of {scored.Length} tasks") : "mean silhouette";
        var how = fixedCount is null
            ? string.Create(CultureInfo.InvariantCulture, $"{stages}; {count} topics chosen by the best {silhouette} among {minK}–{maxK}")
            : string.Create(CultureInfo.InvariantCulture, $"{stages}; {count} topics as requested");
        return new TopicPartition(embeddings.Keys, best.Labels, count, how, best.Silhouette)
        {
            Hierarchy = Hierarchy(unitOf, units, merges, best.Labels, count),
        };
    }

    private (int Min, int Max) CandidateRange(IReadOnlyList<TaskKey> keys)
    {
        var documents = keys.Select(k => k.DocumentId).Distinct(StringComparer.Ordinal).Count();
        var perDocument = (double)keys.Count / documents;
        var min = Math.Clamp((int)Math.Round(perDocument * _options.MinTopicsPerDocumentTasks), 1, keys.Count);
        var max = Math.Clamp((int)Math.Round(perDocument * _options.MaxTopicsPerDocumentTasks), min, keys.Count);
        return (min, max);
    }

    // The mean link between every two units: mean cosine of their tasks' pairs minus the penalty times the share of pairs
    // from one plan. Rows in parallel; each cell computed on its own.
    private (double[] Link, int[] Sizes) Links(IReadOnlyList<TaskKey> keys, float[][] vectors, int[] unitOf, int units, ParallelOptions parallel)
    {
        var dimensions = vectors[0].Length;
        var sizes = new int[units];
        var sums = new float[units][];
        var plans = new Dictionary<int, int>[units];
        var planIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var sumsDouble = new double[units][];
        for (var i = 0; i < keys.Count; i++)
        {
            var u = unitOf[i];
            sizes[u]++;
            var sum = sumsDouble[u] ??= new double[dimensions];
            for (var d = 0; d < dimensions; d++)
            {
                sum[d] += vectors[i][d];
            }

            var plan = planIndex.TryGetValue(keys[i].DocumentId, out var p) ? p : planIndex[keys[i].DocumentId] = planIndex.Count;
            var counts = plans[u] ??= [];
            counts[plan] = counts.GetValueOrDefault(plan) + 1;
        }

        for (var u = 0; u < units; u++)
        {
            sums[u] = Array.ConvertAll(sumsDouble[u], x => (float)x);
        }

        var penalty = _options.SameDocumentPenalty;
        var link = new double[(long)units * units];
        Parallel.For(0, units, parallel, a =>
        {
            for (var b = 0; b < units; b++)
            {
                if (a == b)
                {
                    continue;
                }

                double samePlanPairs = 0;
                foreach (var (plan, count) in plans[a])
                {
                    samePlanPairs += count * (double)plans[b].GetValueOrDefault(plan);
                }

                link[((long)a * units) + b] = (TensorPrimitives.Dot(sums[a], sums[b]) - (penalty * samePlanPairs)) / ((double)sizes[a] * sizes[b]);
            }
        });
        return (link, sizes);
    }

    // Replays the merges closest first and keeps the task labels at every topic count from maxK down to minK.
    private static List<int[]> Partitions(int[] unitOf, int units, Merge[] merges, int minK, int maxK)
    {
        var parent = Enumerable.Range(0, units).ToArray();
        int Root(int u)
        {
            while (parent[u] != u)
            {
                u = parent[u] = parent[parent[u]];
            }

            return u;
        }

        var results = new List<int[]>();
        var clusters = units;
        var next = 0;
        while (clusters >= minK)
        {
            if (clusters <= maxK)
            {
                results.Add(Relabel(unitOf.Select(Root).ToArray()));
            }

            if (clusters == minK || next == merges.Length)
            {
                break;
            }

            var merge = merges[next++];
            parent[Root(merge.B)] = Root(merge.A);
            clusters--;
        }

        return results;
    }

    // The merges after the cut at `count` topics, as nodes over topic ids: replays the merges that made the topics, then
    // names each later merge and the two nodes it joins.
    private static TopicMerge[] Hierarchy(int[] unitOf, int units, Merge[] merges, int[] labels, int count)
    {
        var parent = Enumerable.Range(0, units).ToArray();
        int Root(int u)
        {
            while (parent[u] != u)
            {
                u = parent[u] = parent[parent[u]];
            }

            return u;
        }

        var made = Math.Max(0, units - count);
        for (var m = 0; m < made && m < merges.Length; m++)
        {
            parent[Root(merges[m].B)] = Root(merges[m].A);
        }

        var node = new Dictionary<int, string>();
        var size = new Dictionary<int, int>();
        for (var i = 0; i < unitOf.Length; i++)
        {
            var root = Root(unitOf[i]);
            node[root] = $"T{labels[i] + 1:00}";
            size[root] = size.GetValueOrDefault(root) + 1;
        }

        var hierarchy = new List<TopicMerge>();
        for (var m = made; m < merges.Length; m++)
        {
            var (a, b) = (Root(merges[m].A), Root(merges[m].B));
            var merged = new TopicMerge($"M{hierarchy.Count + 1:00}", node[a], node[b], merges[m].Height, size[a] + size[b]);
            hierarchy.Add(merged);
            parent[b] = a;
            node[a] = merged.Id;
            size[a] = merged.Size;
        }

        return hierarchy.ToArray();
    }

    // Topic indices in order of each topic's first task, so equal partitions get equal labels.
    private static int[] Relabel(int[] owner)
    {
        var map = new Dictionary<int, int>();
        return owner.Select(o => map.TryGetValue(o, out var t) ? t : map[o] = map.Count).ToArray();
    }
}
