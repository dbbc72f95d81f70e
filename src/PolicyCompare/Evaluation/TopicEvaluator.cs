using PolicyCompare.Alignment;
using PolicyCompare.Corpus;

namespace PolicyCompare.Evaluation;

/// <summary>Scores corpus topics against gold labels.</summary>
public static class TopicEvaluator
{
    /// <summary>Compares <paramref name="topics"/> with <paramref name="gold"/> on the tasks the gold labels.</summary>
    /// <param name="corpus">The corpus the topics were made from.</param>
    /// <param name="topics">The topics to score.</param>
    /// <param name="gold">The expert labels; tasks they do not label are ignored.</param>
    /// <param name="worstCount">How many confused and split topics to report.</param>
    /// <returns>The scores.</returns>
    /// <exception cref="GoldLabelException">A gold row names a task the corpus lacks.</exception>
    public static TopicEvaluation Evaluate(PolicyCorpus corpus, CorpusTopics topics, GoldLabels gold, int worstCount = 5)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(gold);
        gold.EnsureCoveredBy(corpus);
        var labels = gold.Labels.OrderBy(l => l.Task).ToArray();
        var truth = labels.Select(l => l.Topic).ToArray();
        // An unassigned task is its own topic: it agrees with nothing, which is what "none of these" claims.
        var predicted = labels.Select(l => topics.TopicOf(l.Task)?.Id ?? $"\u0000unassigned:{l.Task}").ToArray();
        var groups = labels.Select(l => l.Task.DocumentId).ToArray();
        var unassigned = labels.Count(l => topics.TopicOf(l.Task) is null);

        var merged = new Dictionary<(string, string), int>();
        var kept = new Dictionary<string, (int Together, int All)>(StringComparer.Ordinal);
        for (var i = 0; i < labels.Length; i++)
        {
            for (var j = i + 1; j < labels.Length; j++)
            {
                if (groups[i] == groups[j])
                {
                    continue;
                }

                var together = predicted[i] == predicted[j];
                if (truth[i] == truth[j])
                {
                    var (t, a) = kept.GetValueOrDefault(truth[i]);
                    kept[truth[i]] = (t + (together ? 1 : 0), a + 1);
                }
                else if (together)
                {
                    var pair = string.CompareOrdinal(truth[i], truth[j]) < 0 ? (truth[i], truth[j]) : (truth[j], truth[i]);
                    merged[pair] = merged.GetValueOrDefault(pair) + 1;
                }
            }
        }

        var confused = merged
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key.Item1, StringComparer.Ordinal).ThenBy(p => p.Key.Item2, StringComparer.Ordinal)
            .Take(worstCount)
            .Select(p => new TopicConfusion(p.Key.Item1, p.Key.Item2, p.Value))
            .ToArray();
        var split = labels.GroupBy(l => l.Topic, StringComparer.Ordinal)
            .Select(g =>
            {
                var (together, all) = kept.GetValueOrDefault(g.Key);
                var spread = g.Select(l => predicted[Array.IndexOf(labels, l)]).Distinct(StringComparer.Ordinal).Count();
                return new TopicSplit(g.Key, g.Count(), spread, all == 0 ? 1.0 : (double)together / all);
            })
            .Where(s => s.PredictedTopics > 1)
            .OrderBy(s => s.PairRecall).ThenByDescending(s => s.PredictedTopics).ThenBy(s => s.GoldTopic, StringComparer.Ordinal)
            .Take(worstCount)
            .ToArray();

        return new TopicEvaluation(
            topics.Method,
            labels.Length,
            truth.Distinct(StringComparer.Ordinal).Count(),
            labels.Select(l => topics.TopicOf(l.Task)?.Id).OfType<string>().Distinct(StringComparer.Ordinal).Count(),
            unassigned,
            ClusteringMetrics.AdjustedRandIndex(truth, predicted),
            ClusteringMetrics.NormalizedMutualInformation(truth, predicted),
            ClusteringMetrics.CrossGroupPairwise(truth, predicted, groups),
            confused,
            split);
    }
}
