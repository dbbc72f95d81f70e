using PolicyCompare.Alignment;
using PolicyCompare.Analysis;
using PolicyCompare.Corpus;
using PolicyCompare.Metrics.Coverage;

namespace PolicyCompare.Evaluation;

/// <summary>Scores coverage gaps and further memberships against expert labels of every topic each task addresses (see <see cref="GapEvaluation"/>).</summary>
public static class GapEvaluator
{
    /// <summary>Scores the gaps of an analysis.</summary>
    /// <param name="analysis">The analysis (its coverage, topics and memberships).</param>
    /// <param name="labels">The expert labels.</param>
    /// <returns>Precision and recall of the gaps, and of further memberships.</returns>
    /// <exception cref="GoldLabelException">A label names a task the corpus lacks.</exception>
    public static GapEvaluation Evaluate(CorpusAnalysis analysis, AddressedLabels labels)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return Evaluate(analysis.Corpus, analysis.Topics, analysis.Memberships, analysis.Coverage, labels);
    }

    /// <summary>Scores gaps computed from the given topics and memberships.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="topics">Its topics.</param>
    /// <param name="memberships">Its memberships.</param>
    /// <param name="coverage">Coverage computed from them.</param>
    /// <param name="labels">The expert labels.</param>
    /// <returns>Precision and recall of the gaps, and of further memberships.</returns>
    /// <exception cref="GoldLabelException">A label names a task the corpus lacks.</exception>
    public static GapEvaluation Evaluate(PolicyCorpus corpus, CorpusTopics topics, TopicMemberships memberships, CoverageResult coverage, AddressedLabels labels)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(memberships);
        ArgumentNullException.ThrowIfNull(coverage);
        ArgumentNullException.ThrowIfNull(labels);
        labels.EnsureCoveredBy(corpus);
        var byTask = labels.Labels.ToDictionary(l => l.Task);
        var scored = corpus.Documents
            .Where(d => d.Tasks.Count > 0 && d.Tasks.All(t => byTask.ContainsKey(new TaskKey(d.Id, t.Ordinal))))
            .Select(d => d.Id)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var keyOf = TopicKeys(topics, labels);

        // What each scored plan addresses by the labels, and which of its tasks does.
        var addressedBy = scored.ToDictionary(
            id => id,
            id => labels.Labels.Where(l => l.Task.DocumentId == id)
                .SelectMany(l => l.All.Select(k => (Key: k, l.Task)))
                .GroupBy(p => p.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().Task, StringComparer.Ordinal),
            StringComparer.Ordinal);

        var reported = coverage.Regions.Where(r => scored.Contains(r.Plan.DocumentId, StringComparer.Ordinal)).SelectMany(r => r.Gaps).ToArray();
        var falseGaps = new List<ScoredGap>();
        var unscorable = 0;
        var truePositives = 0;
        var reportedKeys = new HashSet<(string, string)>();
        foreach (var gap in reported)
        {
            if (keyOf.GetValueOrDefault(gap.TopicId) is not { } key)
            {
                unscorable++;
                continue;
            }

            reportedKeys.Add((gap.DocumentId, key));
            if (addressedBy[gap.DocumentId].TryGetValue(key, out var task))
            {
                falseGaps.Add(new ScoredGap(gap.DocumentId, key, gap.TopicId, $"task {task.Ordinal} addresses {key}"));
            }
            else
            {
                truePositives++;
            }
        }

        var years = corpus.Documents.ToDictionary(d => d.Id, d => d.Metadata.Year, StringComparer.Ordinal);
        var allKeys = addressedBy.Values.SelectMany(a => a.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var missed = new List<ScoredGap>();
        var goldGaps = 0;
        var found = 0;
        foreach (var plan in scored)
        {
            foreach (var key in allKeys.Where(k => !addressedBy[plan].ContainsKey(k)))
            {
                var peers = scored.Where(q => q != plan && addressedBy[q].ContainsKey(key)).ToArray();
                var notYet = years[plan] is { } y && peers.All(q => years[q] > y);
                if (peers.Length < coverage.GapThreshold || notYet)
                {
                    continue;
                }

                goldGaps++;
                if (reportedKeys.Contains((plan, key)))
                {
                    found++;
                }
                else
                {
                    missed.Add(new ScoredGap(plan, key, null, $"addressed by {string.Join(", ", peers)}"));
                }
            }
        }

        var (membershipPrecision, membershipRecall) = ScoreMemberships(memberships, labels, keyOf);
        return new GapEvaluation(scored, reported.Length, unscorable, truePositives, goldGaps, found, falseGaps, missed, membershipPrecision, membershipRecall);
    }

    /// <summary>
    /// The gold key each topic stands for: the most frequent primary label of its labelled focus tasks (ties: ordinal
    /// order), else its codebook key when the labels use that key.
    /// </summary>
    internal static IReadOnlyDictionary<string, string> TopicKeys(CorpusTopics topics, AddressedLabels labels)
    {
        var byTask = labels.Labels.ToDictionary(l => l.Task);
        var vocabulary = labels.Labels.SelectMany(l => l.All).ToHashSet(StringComparer.Ordinal);
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var topic in topics.Topics)
        {
            var majority = topic.Members
                .Where(byTask.ContainsKey)
                .GroupBy(m => byTask[m].Primary, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Key)
                .FirstOrDefault();
            if (majority is not null)
            {
                keys[topic.Id] = majority;
            }
            else if (topic.Key is { } key && vocabulary.Contains(key))
            {
                keys[topic.Id] = key;
            }
        }

        return keys;
    }

    private static (double Precision, double Recall) ScoreMemberships(TopicMemberships memberships, AddressedLabels labels, IReadOnlyDictionary<string, string> keyOf)
    {
        int predicted = 0, correct = 0, gold = 0, recovered = 0;
        foreach (var label in labels.Labels)
        {
            var own = memberships.Of(label.Task);
            var further = own.Where(m => m.Role == MembershipRole.Addresses && keyOf.ContainsKey(m.TopicId)).Select(m => keyOf[m.TopicId]).ToHashSet(StringComparer.Ordinal);
            var all = own.Where(m => keyOf.ContainsKey(m.TopicId)).Select(m => keyOf[m.TopicId]).ToHashSet(StringComparer.Ordinal);
            var truth = label.All.ToHashSet(StringComparer.Ordinal);
            predicted += further.Count;
            correct += further.Count(truth.Contains);
            gold += label.AlsoAddresses.Count;
            recovered += label.AlsoAddresses.Count(all.Contains);
        }

        return (predicted == 0 ? double.NaN : (double)correct / predicted, gold == 0 ? double.NaN : (double)recovered / gold);
    }
}
