using PolicyCompare.Documents;

namespace PolicyCompare.Metrics.TargetDrift;

/// <summary>
/// Groups targets into metrics: exact canonical name + kind + unit first, then agglomerative merging of name groups
/// (average of their L2-normalized phrase embeddings) while the most similar compatible pair reaches the threshold.
/// Two groups are compatible when kind and unit agree, they are not both curated names of the alias table, and no
/// sentence holds targets of both (side-by-side targets in one sentence measure different things).
/// </summary>
internal static class TargetMetricGrouping
{
    public static IReadOnlyList<TargetMetricGroup> Group(IReadOnlyList<TargetDraft> drafts, IReadOnlyDictionary<string, float[]> vectors, MetricLexicon lexicon, MetricsOptions options)
    {
        var candidates = drafts
            .GroupBy(d => (d.Name, d.Target.Kind, d.UnitKey))
            .OrderBy(g => g.Key.Name, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Kind)
            .ThenBy(g => g.Key.UnitKey, StringComparer.Ordinal)
            .Select(g => new Candidate(g.Key.Name, g.Key.Kind, g.Key.UnitKey, g.ToList(), vectors))
            .ToList();

        while (true)
        {
            var best = (I: -1, J: -1, Cosine: double.NegativeInfinity);
            for (var i = 0; i < candidates.Count; i++)
            {
                for (var j = i + 1; j < candidates.Count; j++)
                {
                    var a = candidates[i];
                    var b = candidates[j];
                    if (!Compatible(a, b, lexicon))
                    {
                        continue;
                    }

                    var cosine = Similarity.Cosine(a.Sum, b.Sum);
                    var threshold = a.Topics.Overlaps(b.Topics) ? options.MetricSimilarityThreshold : options.CrossTopicMetricSimilarityThreshold;
                    if (cosine >= threshold && cosine > best.Cosine)
                    {
                        best = (i, j, cosine);
                    }
                }
            }

            if (best.I < 0)
            {
                break;
            }

            var merged = Merge(candidates[best.I], candidates[best.J], lexicon);
            candidates.RemoveAt(best.J);
            candidates[best.I] = merged;
        }

        return candidates.Select(c => new TargetMetricGroup(c.Name, c.Kind, c.UnitKey, c.Drafts)).ToArray();
    }

    private static bool Compatible(Candidate a, Candidate b, MetricLexicon lexicon) =>
        a.Kind == b.Kind
        && a.UnitKey == b.UnitKey
        && !(lexicon.CanonicalNames.Contains(a.Name) && lexicon.CanonicalNames.Contains(b.Name))
        && !a.Sentences.Overlaps(b.Sentences)
        && a.Sum.Length > 0
        && a.Sum.Length == b.Sum.Length;

    private static Candidate Merge(Candidate a, Candidate b, MetricLexicon lexicon)
    {
        // The merged metric keeps a curated name when it has one, else the name used by more plans, then more targets.
        var name = new[] { a, b }
            .OrderByDescending(c => lexicon.CanonicalNames.Contains(c.Name))
            .ThenByDescending(c => c.PlanCount)
            .ThenByDescending(c => c.Drafts.Count)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .First().Name;
        var drafts = a.Drafts.Concat(b.Drafts).Select(d => d with { Name = name }).ToList();
        return new Candidate(name, a.Kind, a.UnitKey, drafts, a.Sum.Zip(b.Sum, (x, y) => x + y).ToArray());
    }

    private sealed class Candidate
    {
        public Candidate(string name, TargetKind kind, string unitKey, List<TargetDraft> drafts, IReadOnlyDictionary<string, float[]> vectors)
            : this(name, kind, unitKey, drafts, SumOfNormalized(drafts.Select(d => vectors[d.EmbeddingText])))
        {
        }

        public Candidate(string name, TargetKind kind, string unitKey, List<TargetDraft> drafts, float[] sum)
        {
            Name = name;
            Kind = kind;
            UnitKey = unitKey;
            Drafts = drafts;
            Sum = sum;
            Topics = drafts.Where(d => d.TopicId is not null).Select(d => d.TopicId!).ToHashSet(StringComparer.Ordinal);
            Sentences = drafts.Select(d => d.Sentence).ToHashSet();
            PlanCount = drafts.Select(d => d.Plan.DocumentId).Distinct(StringComparer.Ordinal).Count();
        }

        public string Name { get; }

        public TargetKind Kind { get; }

        public string UnitKey { get; }

        public List<TargetDraft> Drafts { get; }

        /// <summary>Sum of the members' unit vectors: its direction is the direction of their mean.</summary>
        public float[] Sum { get; }

        public HashSet<string> Topics { get; }

        public HashSet<(string DocumentId, int TaskOrdinal, int SentenceStart)> Sentences { get; }

        public int PlanCount { get; }

        private static float[] SumOfNormalized(IEnumerable<float[]> vectors)
        {
            float[]? sum = null;
            foreach (var v in vectors)
            {
                sum ??= new float[v.Length];
                if (v.Length != sum.Length)
                {
                    throw new PolicyCompareException($"The embedding generator returned vectors of different lengths ({sum.Length} and {v.Length}).");
                }

                var norm = Math.Sqrt(v.Sum(x => (double)x * x));
                for (var i = 0; i < v.Length && norm > 0; i++)
                {
                    sum[i] += (float)(v[i] / norm);
                }
            }

            return sum ?? [];
        }
    }
}
