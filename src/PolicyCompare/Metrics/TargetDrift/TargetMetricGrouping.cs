using PolicyCompare.Documents;

namespace PolicyCompare.Metrics.TargetDrift;

/// <summary>
/// Groups targets into metrics: exact canonical name + kind + unit first, then agglomerative merging of name groups
/// with complete linkage (the similarity of two groups is the lowest cosine between a target of one and a target of the
/// other, so a merged metric never holds two targets less similar than the threshold), most similar pair first.
/// Two groups are compatible when kind, unit (with its per-basis) and scope words (<see cref="MetricScope"/>) agree, they are not both curated names of the alias table, and no plan
/// has targets in both: embeddings align wording <em>across</em> plans, while two different phrases in one plan are taken
/// as two measures (only the alias table can say otherwise).
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

                    var cosine = CompleteLinkage(a, b);
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
        && a.Scope == b.Scope
        && !(lexicon.CanonicalNames.Contains(a.Name) && lexicon.CanonicalNames.Contains(b.Name))
        && !a.Plans.Overlaps(b.Plans)
        && a.Vectors[0].Length > 0
        && a.Vectors[0].Length == b.Vectors[0].Length;

    private static double CompleteLinkage(Candidate a, Candidate b)
    {
        var lowest = double.PositiveInfinity;
        foreach (var x in a.Vectors)
        {
            foreach (var y in b.Vectors)
            {
                lowest = Math.Min(lowest, Similarity.Cosine(x, y));
            }
        }

        return double.IsNaN(lowest) ? double.NegativeInfinity : lowest;
    }

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
        return new Candidate(name, a.Kind, a.UnitKey, drafts, [.. a.Vectors, .. b.Vectors]);
    }

    private sealed class Candidate
    {
        public Candidate(string name, TargetKind kind, string unitKey, List<TargetDraft> drafts, IReadOnlyDictionary<string, float[]> vectors)
            : this(name, kind, unitKey, drafts, drafts.Select(d => vectors[d.EmbeddingText]).ToList())
        {
        }

        public Candidate(string name, TargetKind kind, string unitKey, List<TargetDraft> drafts, List<float[]> vectors)
        {
            Name = name;
            Kind = kind;
            UnitKey = unitKey;
            Drafts = drafts;
            if (vectors.Any(v => v.Length != vectors[0].Length))
            {
                throw new PolicyCompareException($"The embedding generator returned vectors of different lengths ({vectors[0].Length} and {vectors.First(v => v.Length != vectors[0].Length).Length}).");
            }

            Vectors = vectors;
            Topics = drafts.Where(d => d.TopicId is not null).Select(d => d.TopicId!).ToHashSet(StringComparer.Ordinal);
            Plans = drafts.Select(d => d.Plan.DocumentId).ToHashSet(StringComparer.Ordinal);
            Scope = MetricScope.Of(name);
        }

        /// <summary>The scope words of the name (tier, level, reach): metrics with different scopes are never merged.</summary>
        public string Scope { get; }

        public string Name { get; }

        public TargetKind Kind { get; }

        public string UnitKey { get; }

        public List<TargetDraft> Drafts { get; }

        /// <summary>The members' phrase embeddings, one per target.</summary>
        public List<float[]> Vectors { get; }

        public HashSet<string> Topics { get; }

        public HashSet<string> Plans { get; }

        public int PlanCount => Plans.Count;
    }
}
