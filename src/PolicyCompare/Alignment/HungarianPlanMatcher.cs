using Microsoft.Extensions.Options;
using PolicyCompare.Documents;
using PolicyCompare.Text;

namespace PolicyCompare.Alignment;

/// <summary>
/// Plan-to-plan matching: the optimal one-to-one assignment of tasks by cosine similarity (Hungarian algorithm), which
/// ignores task order and so copes with plans that reorder their tasks; then extra links where a task's best match on the
/// other side was given to another task (one task covering several); every other task is listed as unmatched with its
/// best candidate.
/// </summary>
/// <param name="segmenter">Word segmenter, for the shared key terms given as evidence.</param>
/// <param name="options">Thresholds.</param>
public sealed class HungarianPlanMatcher(ITextSegmenter segmenter, IOptions<AlignmentOptions> options) : IPlanMatcher
{
    /// <inheritdoc />
    /// <exception cref="KeyNotFoundException">A task of either plan has no vector.</exception>
    public PlanAlignment Match(PolicyDocument left, PolicyDocument right, TaskEmbeddings embeddings)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        ArgumentNullException.ThrowIfNull(embeddings);
        var settings = options.Value;
        settings.Validate();
        // Only policy tasks are matched (goal and principle units frame a plan; they are not compared).
        var leftTasks = left.PolicyTasks;
        var rightTasks = right.PolicyTasks;
        var leftKeys = leftTasks.Select(t => new TaskKey(left.Id, t.Ordinal)).ToArray();
        var rightKeys = rightTasks.Select(t => new TaskKey(right.Id, t.Ordinal)).ToArray();
        var similarity = new double[leftKeys.Length, rightKeys.Length];
        var cost = new double[leftKeys.Length, rightKeys.Length];
        for (var i = 0; i < leftKeys.Length; i++)
        {
            for (var j = 0; j < rightKeys.Length; j++)
            {
                similarity[i, j] = SimilarityMatrix.Cosine(embeddings.VectorOf(leftKeys[i]), embeddings.VectorOf(rightKeys[j]));
                cost[i, j] = -similarity[i, j];
            }
        }

        var assignment = HungarianAlgorithm.Solve(cost);
        var leftPartner = Enumerable.Repeat(-1, leftKeys.Length).ToArray();
        var rightPartner = Enumerable.Repeat(-1, rightKeys.Length).ToArray();
        var pairs = new List<(int I, int J, LinkKind Kind)>();
        for (var i = 0; i < assignment.Length; i++)
        {
            var j = assignment[i];
            if (j >= 0 && similarity[i, j] >= settings.MinLinkScore)
            {
                leftPartner[i] = j;
                rightPartner[j] = i;
                pairs.Add((i, j, LinkKind.OneToOne));
            }
        }

        var extra = new SortedSet<(int I, int J)>();
        for (var i = 0; i < leftKeys.Length; i++)
        {
            var j = ArgMax(rightKeys.Length, c => similarity[i, c]);
            if (j >= 0 && leftPartner[i] != j && Beats(similarity[i, j], leftPartner[i] < 0 ? null : similarity[i, leftPartner[i]], settings))
            {
                extra.Add((i, j));
            }
        }

        for (var j = 0; j < rightKeys.Length; j++)
        {
            var i = ArgMax(leftKeys.Length, r => similarity[r, j]);
            if (i >= 0 && rightPartner[j] != i && Beats(similarity[i, j], rightPartner[j] < 0 ? null : similarity[rightPartner[j], j], settings))
            {
                extra.Add((i, j));
            }
        }

        pairs.AddRange(extra.Select(e => (e.I, e.J, LinkKind.Additional)));
        var terms = new TermIndex(segmenter, left, right);
        var links = pairs
            .Select(p => new TaskLink(
                leftKeys[p.I],
                rightKeys[p.J],
                similarity[p.I, p.J],
                p.Kind,
                new LinkEvidence(leftTasks[p.I].Span, rightTasks[p.J].Span, terms.Shared(p.I, p.J, settings.EvidenceTermCount))))
            .ToArray();
        var linkedLeft = pairs.Select(p => p.I).ToHashSet();
        var linkedRight = pairs.Select(p => p.J).ToHashSet();
        var unmatched = new List<UnmatchedTask>();
        for (var i = 0; i < leftKeys.Length; i++)
        {
            if (!linkedLeft.Contains(i))
            {
                var j = ArgMax(rightKeys.Length, c => similarity[i, c]);
                unmatched.Add(new UnmatchedTask(leftKeys[i], j < 0 ? null : rightKeys[j], j < 0 ? 0 : similarity[i, j]));
            }
        }

        for (var j = 0; j < rightKeys.Length; j++)
        {
            if (!linkedRight.Contains(j))
            {
                var i = ArgMax(leftKeys.Length, r => similarity[r, j]);
                unmatched.Add(new UnmatchedTask(rightKeys[j], i < 0 ? null : leftKeys[i], i < 0 ? 0 : similarity[i, j]));
            }
        }

        var matrix = Enumerable.Range(0, leftKeys.Length)
            .Select(i => (IReadOnlyList<double>)Enumerable.Range(0, rightKeys.Length).Select(j => similarity[i, j]).ToArray())
            .ToArray();
        return new PlanAlignment(left.Id, right.Id, leftKeys, rightKeys, matrix, links, unmatched);
    }

    private static bool Beats(double candidate, double? partner, AlignmentOptions settings) =>
        candidate >= settings.MinExtraLinkScore && (partner is null || candidate > partner.Value);

    private static int ArgMax(int count, Func<int, double> score)
    {
        var best = -1;
        var bestScore = double.NegativeInfinity;
        for (var k = 0; k < count; k++)
        {
            var s = score(k);
            if (s > bestScore)
            {
                (best, bestScore) = (k, s);
            }
        }

        return best;
    }

    // Words of every task of both plans, and in how many of those tasks each word occurs (rarer = more specific).
    private sealed class TermIndex
    {
        private readonly HashSet<string>[] _left;
        private readonly HashSet<string>[] _right;
        private readonly Dictionary<string, int> _taskFrequency = new(StringComparer.Ordinal);

        public TermIndex(ITextSegmenter segmenter, PolicyDocument left, PolicyDocument right)
        {
            _left = left.PolicyTasks.Select(t => segmenter.Segment(t.Text.Value).ToHashSet(StringComparer.Ordinal)).ToArray();
            _right = right.PolicyTasks.Select(t => segmenter.Segment(t.Text.Value).ToHashSet(StringComparer.Ordinal)).ToArray();
            foreach (var words in _left.Concat(_right))
            {
                foreach (var word in words)
                {
                    _taskFrequency[word] = _taskFrequency.GetValueOrDefault(word) + 1;
                }
            }
        }

        public IReadOnlyList<string> Shared(int i, int j, int count) =>
            _left[i].Intersect(_right[j], StringComparer.Ordinal)
                .OrderBy(w => _taskFrequency[w])
                .ThenByDescending(w => w.Length)
                .ThenBy(w => w, StringComparer.Ordinal)
                .Take(count)
                .ToArray();
    }
}
