using System.Globalization;
using Microsoft.Extensions.Options;

namespace PolicyCompare.Alignment;

/// <summary>
/// Average-linkage agglomerative clustering of task vectors with a soft same-document penalty, choosing the number of
/// topics by the mean silhouette. Deterministic: ties are broken by task order and no step is random.
/// </summary>
/// <remarks>
/// Every task ends in a topic (no outlier bin). The penalty is subtracted from the similarity of two tasks of the same
/// plan, because a plan rarely spends two tasks on one theme; the silhouette that chooses the number of topics is computed
/// on the plain cosine distance, so the penalty shapes merges but not the yardstick.
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
    public TopicPartition Cluster(TaskEmbeddings embeddings, int? topicCount = null)
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

        var similarity = SimilarityMatrix.Of(embeddings, _options.MaxDegreeOfParallelism);
        var (minK, maxK) = fixedCount is { } f ? (f, f) : CandidateRange(embeddings.Keys);
        var candidates = Agglomerate(embeddings.Keys, similarity, minK, maxK);
        var best = candidates
            .Select(c => (Labels: c, Silhouette: Silhouette(similarity, c)))
            .OrderByDescending(c => c.Silhouette)
            .ThenBy(c => c.Labels.Max())
            .First();
        var count = best.Labels.Max() + 1;
        var how = fixedCount is null
            ? string.Create(CultureInfo.InvariantCulture, $"average-linkage agglomerative clustering (same-document penalty {_options.SameDocumentPenalty:0.###}); {count} topics chosen by the best mean silhouette among {minK}–{maxK}")
            : string.Create(CultureInfo.InvariantCulture, $"average-linkage agglomerative clustering (same-document penalty {_options.SameDocumentPenalty:0.###}); {count} topics as requested");
        return new TopicPartition(embeddings.Keys, best.Labels, count, how, best.Silhouette);
    }

    private (int Min, int Max) CandidateRange(IReadOnlyList<TaskKey> keys)
    {
        var documents = keys.Select(k => k.DocumentId).Distinct(StringComparer.Ordinal).Count();
        var perDocument = (double)keys.Count / documents;
        var min = Math.Clamp((int)Math.Round(perDocument * _options.MinTopicsPerDocumentTasks), 1, keys.Count);
        var max = Math.Clamp((int)Math.Round(perDocument * _options.MaxTopicsPerDocumentTasks), min, keys.Count);
        return (min, max);
    }

    // Runs the merges down to minK clusters and returns the labels at every count from maxK to minK.
    private List<int[]> Agglomerate(IReadOnlyList<TaskKey> keys, double[,] similarity, int minK, int maxK)
    {
        var n = keys.Count;
        var link = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var sameDocument = string.Equals(keys[i].DocumentId, keys[j].DocumentId, StringComparison.Ordinal);
                link[i, j] = similarity[i, j] - (sameDocument ? _options.SameDocumentPenalty : 0);
            }
        }

        var size = Enumerable.Repeat(1, n).ToArray();
        var owner = Enumerable.Range(0, n).ToArray();
        var active = Enumerable.Repeat(true, n).ToArray();
        var results = new List<int[]>();
        for (var clusters = n; clusters >= minK; clusters--)
        {
            if (clusters <= maxK)
            {
                results.Add(Relabel(owner));
            }

            if (clusters == minK)
            {
                break;
            }

            var (a, b) = BestPair(link, active);
            for (var c = 0; c < n; c++)
            {
                if (active[c] && c != a && c != b)
                {
                    var merged = (size[a] * link[a, c] + size[b] * link[b, c]) / (size[a] + size[b]);
                    link[a, c] = merged;
                    link[c, a] = merged;
                }
            }

            size[a] += size[b];
            active[b] = false;
            for (var t = 0; t < n; t++)
            {
                if (owner[t] == b)
                {
                    owner[t] = a;
                }
            }
        }

        return results;
    }

    private static (int A, int B) BestPair(double[,] link, bool[] active)
    {
        var n = active.Length;
        var best = double.NegativeInfinity;
        (int, int) pair = (-1, -1);
        for (var i = 0; i < n; i++)
        {
            if (!active[i])
            {
                continue;
            }

            for (var j = i + 1; j < n; j++)
            {
                if (active[j] && link[i, j] > best)
                {
                    best = link[i, j];
                    pair = (i, j);
                }
            }
        }

        return pair;
    }

    // Topic indices in order of each topic's first task, so equal partitions get equal labels.
    private static int[] Relabel(int[] owner)
    {
        var map = new Dictionary<int, int>();
        return owner.Select(o => map.TryGetValue(o, out var t) ? t : map[o] = map.Count).ToArray();
    }

    /// <summary>Mean silhouette with cosine distance; members of single-task topics score 0.</summary>
    internal static double Silhouette(double[,] similarity, IReadOnlyList<int> labels)
    {
        var n = labels.Count;
        var k = labels.Max() + 1;
        if (k < 2 || k >= n)
        {
            return 0;
        }

        var counts = new int[k];
        foreach (var label in labels)
        {
            counts[label]++;
        }

        double total = 0;
        var sums = new double[k];
        for (var i = 0; i < n; i++)
        {
            Array.Clear(sums);
            for (var j = 0; j < n; j++)
            {
                if (j != i)
                {
                    sums[labels[j]] += 1 - similarity[i, j];
                }
            }

            var own = labels[i];
            if (counts[own] == 1)
            {
                continue;
            }

            var a = sums[own] / (counts[own] - 1);
            var b = double.PositiveInfinity;
            for (var c = 0; c < k; c++)
            {
                if (c != own)
                {
                    b = Math.Min(b, sums[c] / counts[c]);
                }
            }

            total += (b - a) / Math.Max(a, b);
        }

        return total / n;
    }
}
