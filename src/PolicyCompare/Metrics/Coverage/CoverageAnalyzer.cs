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
            foreach (var task in plans[p].PolicyTasks)
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

        // Per column, once: how many plans address it, the earliest year among them (and whether one has no year), and
        // every task addressing it, focus tasks first, then by plan order and ordinal. A gap's peers and evidence are read
        // from here instead of rescanning the corpus for every plan, so the work grows with the corpus, not its square.
        var addressingPlans = new int[columns.Length];
        var earliestYear = new int?[columns.Length];
        var undatedAddresser = new bool[columns.Length];
        for (var c = 0; c < columns.Length; c++)
        {
            for (var p = 0; p < plans.Count; p++)
            {
                if (!addressed[p][c])
                {
                    continue;
                }

                addressingPlans[c]++;
                if (plans[p].Metadata.Year is { } year)
                {
                    earliestYear[c] = earliestYear[c] is { } e ? Math.Min(e, year) : year;
                }
                else
                {
                    undatedAddresser[c] = true;
                }
            }
        }

        var evidenceIndex = EvidenceIndex(plans, columns, memberships);
        var references = plans.Select(PlanReference.Of).ToArray();
        var regions = new List<RegionCoverage>(plans.Count);
        for (var p = 0; p < plans.Count; p++)
        {
            var unique = new List<string>();
            var gaps = new List<CoverageGap>();
            var notYet = new List<NotYetOnAgenda>();
            for (var c = 0; c < columns.Length; c++)
            {
                var peers = addressingPlans[c] - (addressed[p][c] ? 1 : 0);
                if (addressed[p][c] && peers == 0)
                {
                    unique.Add(columns[c].TopicId);
                }
                else if (!addressed[p][c] && peers >= k)
                {
                    // A topic only later plans address was not yet on this plan's agenda: not a gap.
                    if (plans[p].Metadata.Year is { } y && !undatedAddresser[c] && earliestYear[c] > y)
                    {
                        notYet.Add(new NotYetOnAgenda(plans[p].Id, columns[c].TopicId, columns[c].Label, y, earliestYear[c]!.Value, peers));
                    }
                    else
                    {
                        // The plan addresses nothing in the topic, so every task listed for it is a peer's.
                        var peerTasks = evidenceIndex[c];
                        gaps.Add(new CoverageGap(plans[p].Id, columns[c].TopicId, columns[c].Label, peers, plans.Count - 1,
                            peerTasks.Take(_options.GapEvidenceLimit).ToArray()) { EvidenceCount = peerTasks.Count });
                    }
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
                Diversity(assigned[p] == 0 ? [] : shares[p]))
            {
                TopicsAddressed = addressed[p].Count(x => x),
                NotYetOnAgenda = notYet,
            });
        }

        var allPairs = plans.Count <= _options.AllPairsPlanLimit;
        var perPlan = new RegionSimilarity[plans.Count][];
        Parallel.For(0, plans.Count, a =>
        {
            var row = new RegionSimilarity[plans.Count];
            for (var b = 0; b < plans.Count; b++)
            {
                var cosine = assigned[a] == 0 || assigned[b] == 0 ? double.NaN : Similarity.Cosine(shares[a], shares[b]);
                row[b] = new RegionSimilarity(plans[a].Id, plans[b].Id, Similarity.Jaccard(addressed[a], addressed[b]), cosine);
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

    /// <summary>Per column, every task addressing its topic: focus tasks first, then by plan order and ordinal.</summary>
    private static List<GapEvidence>[] EvidenceIndex(IReadOnlyList<PolicyDocument> plans, IReadOnlyList<CoverageTopicColumn> columns, TopicMemberships memberships)
    {
        var column = columns.Select((c, i) => (c.TopicId, i)).ToDictionary(x => x.TopicId, x => x.i, StringComparer.Ordinal);
        var index = columns.Select(_ => new List<GapEvidence>()).ToArray();
        foreach (var plan in plans)
        {
            foreach (var task in plan.PolicyTasks)
            {
                foreach (var m in memberships.Of(new TaskKey(plan.Id, task.Ordinal)))
                {
                    if (column.TryGetValue(m.TopicId, out var c))
                    {
                        index[c].Add(new GapEvidence(plan.Id, plan.Metadata.Region ?? plan.Id, task.Ordinal, task.Number, task.Title)
                        {
                            Focus = m.Role == MembershipRole.Focus,
                            Passage = m.Evidence?.Text,
                            PassageSpan = m.Evidence?.Span,
                            Year = plan.Metadata.Year,
                        });
                    }
                }
            }
        }

        // Focus tasks first, as they show the topic most plainly; a stable sort keeps plan order and ordinal within each.
        return index.Select(list => list.OrderByDescending(e => e.Focus).ToList()).ToArray();
    }
}
