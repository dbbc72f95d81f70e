using Microsoft.Extensions.Options;
using PolicyCompare.Alignment;
using PolicyCompare.Corpus;
using PolicyCompare.Documents;

namespace PolicyCompare.Metrics.Coverage;

/// <summary>Default <see cref="ICoverageAnalyzer"/>.</summary>
public sealed class CoverageAnalyzer : ICoverageAnalyzer
{
    private readonly MetricsOptions _options;

    /// <summary>Creates the analyzer.</summary>
    /// <param name="options">Metrics options (uses <see cref="MetricsOptions.GapThreshold"/>).</param>
    /// <exception cref="PolicyCompareException">The options are invalid.</exception>
    public CoverageAnalyzer(IOptions<MetricsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _options.EnsureValid();
    }

    /// <inheritdoc />
    public CoverageResult Analyze(PolicyCorpus corpus, CorpusTopics topics)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        PlanOrder.RequireUniqueIds(corpus.Documents);
        var membership = TopicMembership.Build(corpus, topics);
        var plans = PlanOrder.Sort(corpus.Documents);
        var k = _options.GapThreshold;

        // counts[plan][topic] over the topics in id order; reordered into columns below.
        var topicIndex = membership.Topics.Select((t, i) => (t.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var counts = new int[plans.Count][];
        var assigned = new int[plans.Count];
        for (var p = 0; p < plans.Count; p++)
        {
            counts[p] = new int[membership.Topics.Count];
            foreach (var task in plans[p].PolicyTasks)
            {
                var topic = membership.TopicOf(new TaskKey(plans[p].Id, task.Ordinal));
                if (topic is not null)
                {
                    counts[p][topicIndex[topic.Id]]++;
                    assigned[p]++;
                }
            }
        }

        var columns = membership.Topics
            .Select((t, i) => new CoverageTopicColumn(t.Id, t.Label, counts.Count(c => c[i] > 0), counts.Sum(c => c[i])))
            .OrderByDescending(c => c.PlanCount)
            .ThenByDescending(c => c.TaskCount)
            .ThenBy(c => c.TopicId, StringComparer.Ordinal)
            .ToArray();
        var order = columns.Select(c => topicIndex[c.TopicId]).ToArray();

        var cells = new List<CoverageCell>(plans.Count * columns.Length);
        var shares = new double[plans.Count][];
        var presence = new bool[plans.Count][];
        for (var p = 0; p < plans.Count; p++)
        {
            shares[p] = order.Select(i => assigned[p] == 0 ? double.NaN : (double)counts[p][i] / assigned[p]).ToArray();
            presence[p] = order.Select(i => counts[p][i] > 0).ToArray();
            for (var c = 0; c < columns.Length; c++)
            {
                cells.Add(new CoverageCell(plans[p].Id, columns[c].TopicId, counts[p][order[c]], presence[p][c], shares[p][c]));
            }
        }

        // Every topic's tasks in plan order, once: a gap's evidence is read from here instead of rescanning the corpus.
        var topicTasks = membership.Topics.ToDictionary(t => t.Id, _ => new List<(int Plan, PolicyTask Task)>(), StringComparer.Ordinal);
        for (var p = 0; p < plans.Count; p++)
        {
            foreach (var task in plans[p].PolicyTasks)
            {
                if (membership.TopicOf(new TaskKey(plans[p].Id, task.Ordinal)) is { } topic)
                {
                    topicTasks[topic.Id].Add((p, task));
                }
            }
        }

        var references = plans.Select(PlanReference.Of).ToArray();
        var regions = new List<RegionCoverage>(plans.Count);
        for (var p = 0; p < plans.Count; p++)
        {
            var unique = new List<string>();
            var gaps = new List<CoverageGap>();
            for (var c = 0; c < columns.Length; c++)
            {
                var peersCovering = columns[c].PlanCount - (presence[p][c] ? 1 : 0);
                if (presence[p][c] && peersCovering == 0)
                {
                    unique.Add(columns[c].TopicId);
                }
                else if (!presence[p][c] && peersCovering >= k)
                {
                    // The plan has no task in the topic, so every task listed for it is a peer's.
                    var peerTasks = topicTasks[columns[c].TopicId];
                    var evidence = peerTasks.Take(_options.GapEvidenceLimit)
                        .Select(e => new GapEvidence(plans[e.Plan].Id, plans[e.Plan].Metadata.Region ?? plans[e.Plan].Id, e.Task.Ordinal, e.Task.Number, e.Task.Title))
                        .ToArray();
                    gaps.Add(new CoverageGap(plans[p].Id, columns[c].TopicId, columns[c].Label, peersCovering, plans.Count - 1, evidence) { EvidenceCount = peerTasks.Count });
                }
            }

            var covered = presence[p].Count(x => x);
            regions.Add(new RegionCoverage(
                references[p],
                plans[p].PolicyTasks.Count,
                assigned[p],
                covered,
                columns.Length,
                columns.Length == 0 ? double.NaN : (double)covered / columns.Length,
                unique,
                gaps,
                Diversity(assigned[p] == 0 ? [] : shares[p])));
        }

        var allPairs = plans.Count <= _options.AllPairsPlanLimit;
        var perPlan = new RegionSimilarity[plans.Count][];
        Parallel.For(0, plans.Count, a =>
        {
            var row = new RegionSimilarity[plans.Count];
            for (var b = 0; b < plans.Count; b++)
            {
                var cosine = assigned[a] == 0 || assigned[b] == 0 ? double.NaN : Similarity.Cosine(shares[a], shares[b]);
                row[b] = new RegionSimilarity(plans[a].Id, plans[b].Id, Similarity.Jaccard(presence[a], presence[b]), cosine);
            }

            perPlan[a] = allPairs
                ? row
                : row.Where((_, b) => b != a)
                    .Select((s, i) => (Similarity: s, Order: i))
                    .OrderByDescending(x => double.IsNaN(x.Similarity.Cosine) ? double.NegativeInfinity : x.Similarity.Cosine)
                    .ThenBy(x => x.Order)
                    .Take(_options.NearestPlanCount)
                    .Select(x => x.Similarity)
                    .Prepend(row[a])
                    .ToArray();
        });
        var similarities = perPlan.SelectMany(row => row).ToArray();

        return new CoverageResult(new CoverageMatrix(references, columns, cells), regions, similarities, k);
    }

    private static AgendaDiversity Diversity(IReadOnlyList<double> shares)
    {
        // Renormalize away floating-point drift so the strict share check in Concentration holds.
        var positive = shares.Where(s => s > 0).ToArray();
        var total = positive.Sum();
        var normalized = positive.Select(s => s / total).ToArray();
        return new AgendaDiversity(
            Concentration.ShannonEntropy(normalized),
            Concentration.EffectiveNumber(normalized),
            Concentration.Herfindahl(normalized));
    }
}
