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
    public CoverageResult Analyze(PolicyCorpus corpus, CorpusTopics topics) => Analyze(corpus, topics, TopicMemberships.FocusOnly(topics));

    /// <inheritdoc />
    public CoverageResult Analyze(PolicyCorpus corpus, CorpusTopics topics, TopicMemberships memberships)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(memberships);
        PlanOrder.RequireUniqueIds(corpus.Documents);
        var assignment = TopicAssignment.Build(corpus, topics);
        memberships.RequireMatches(corpus, topics);
        var plans = PlanOrder.Sort(corpus.Documents);
        var k = _options.GapThreshold;

        // counts[plan][topic] (focus) and addressing[plan][topic] over the topics in id order; reordered into columns below.
        var topicIndex = assignment.Topics.Select((t, i) => (t.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var counts = new int[plans.Count][];
        var addressing = new int[plans.Count][];
        var assigned = new int[plans.Count];
        for (var p = 0; p < plans.Count; p++)
        {
            counts[p] = new int[assignment.Topics.Count];
            addressing[p] = new int[assignment.Topics.Count];
            foreach (var task in plans[p].Tasks)
            {
                var key = new TaskKey(plans[p].Id, task.Ordinal);
                var topic = assignment.TopicOf(key);
                if (topic is not null)
                {
                    counts[p][topicIndex[topic.Id]]++;
                    assigned[p]++;
                }

                foreach (var membership in memberships.Of(key))
                {
                    addressing[p][topicIndex[membership.TopicId]]++;
                }
            }
        }

        var columns = assignment.Topics
            .Select((t, i) => new CoverageTopicColumn(t.Id, t.Label, counts.Count(c => c[i] > 0), counts.Sum(c => c[i]))
            {
                AddressingPlanCount = addressing.Count(c => c[i] > 0),
                AddressingTaskCount = addressing.Sum(c => c[i]),
            })
            .OrderByDescending(c => c.PlanCount)
            .ThenByDescending(c => c.TaskCount)
            .ThenBy(c => c.TopicId, StringComparer.Ordinal)
            .ToArray();
        var order = columns.Select(c => topicIndex[c.TopicId]).ToArray();

        var cells = new List<CoverageCell>(plans.Count * columns.Length);
        var shares = new double[plans.Count][];
        var presence = new bool[plans.Count][];
        var addressed = new bool[plans.Count][];
        for (var p = 0; p < plans.Count; p++)
        {
            shares[p] = order.Select(i => assigned[p] == 0 ? double.NaN : (double)counts[p][i] / assigned[p]).ToArray();
            presence[p] = order.Select(i => counts[p][i] > 0).ToArray();
            addressed[p] = order.Select(i => addressing[p][i] > 0).ToArray();
            for (var c = 0; c < columns.Length; c++)
            {
                cells.Add(new CoverageCell(plans[p].Id, columns[c].TopicId, counts[p][order[c]], presence[p][c], shares[p][c])
                {
                    AddressingTaskCount = addressing[p][order[c]],
                });
            }
        }

        var references = plans.Select(PlanReference.Of).ToArray();
        var regions = new List<RegionCoverage>(plans.Count);
        for (var p = 0; p < plans.Count; p++)
        {
            var unique = new List<string>();
            var gaps = new List<CoverageGap>();
            var notYet = new List<NotYetOnAgenda>();
            for (var c = 0; c < columns.Length; c++)
            {
                var peers = Enumerable.Range(0, plans.Count).Where(q => q != p && addressed[q][c]).ToArray();
                if (addressed[p][c] && peers.Length == 0)
                {
                    unique.Add(columns[c].TopicId);
                }
                else if (!addressed[p][c] && peers.Length >= k)
                {
                    // A topic only later plans address was not yet on this plan's agenda: not a gap.
                    var year = plans[p].Metadata.Year;
                    var peerYears = peers.Select(q => plans[q].Metadata.Year).ToArray();
                    if (year is { } y && peerYears.All(py => py > y))
                    {
                        notYet.Add(new NotYetOnAgenda(plans[p].Id, columns[c].TopicId, columns[c].Label, y, peerYears.Min(py => py!.Value), peers.Length));
                    }
                    else
                    {
                        gaps.Add(new CoverageGap(plans[p].Id, columns[c].TopicId, columns[c].Label, peers.Length, plans.Count - 1, Evidence(plans, p, columns[c].TopicId, memberships)));
                    }
                }
            }

            var covered = presence[p].Count(x => x);
            regions.Add(new RegionCoverage(
                references[p],
                plans[p].Tasks.Count,
                assigned[p],
                covered,
                columns.Length,
                columns.Length == 0 ? double.NaN : (double)covered / columns.Length,
                unique,
                gaps,
                Diversity(assigned[p] == 0 ? [] : shares[p]))
            {
                TopicsAddressed = addressed[p].Count(x => x),
                NotYetOnAgenda = notYet,
            });
        }

        var similarities = new List<RegionSimilarity>(plans.Count * plans.Count);
        for (var a = 0; a < plans.Count; a++)
        {
            for (var b = 0; b < plans.Count; b++)
            {
                var cosine = assigned[a] == 0 || assigned[b] == 0 ? double.NaN : Similarity.Cosine(shares[a], shares[b]);
                similarities.Add(new RegionSimilarity(plans[a].Id, plans[b].Id, Similarity.Jaccard(addressed[a], addressed[b]), cosine));
            }
        }

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

    private static IReadOnlyList<GapEvidence> Evidence(IReadOnlyList<PolicyDocument> plans, int self, string topicId, TopicMemberships memberships)
    {
        var evidence = new List<GapEvidence>();
        for (var q = 0; q < plans.Count; q++)
        {
            if (q == self)
            {
                continue;
            }

            foreach (var task in plans[q].Tasks)
            {
                if (memberships.Find(new TaskKey(plans[q].Id, task.Ordinal), topicId) is { } m)
                {
                    evidence.Add(new GapEvidence(plans[q].Id, plans[q].Metadata.Region ?? plans[q].Id, task.Ordinal, task.Number, task.Title)
                    {
                        Focus = m.Role == MembershipRole.Focus,
                        Passage = m.Evidence?.Text,
                        PassageSpan = m.Evidence?.Span,
                        Year = plans[q].Metadata.Year,
                    });
                }
            }
        }

        // Focus tasks first: they show the topic most plainly.
        return evidence.OrderByDescending(e => e.Focus).ToArray();
    }
}
