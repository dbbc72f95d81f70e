using PolicyCompare.Alignment;
using PolicyCompare.Documents;
using PolicyCompare.Text;

namespace PolicyCompare.Metrics.TargetDrift;

/// <summary>Emphasis drift: topic shares per plan year, and how each topic's language moved between years.</summary>
internal static class EmphasisDrift
{
    /// <summary>Administrative words that mark who wrote a plan (its level), not what it says.</summary>
    private static readonly string[] LevelWords = ["省", "市", "区", "县", "州", "盟", "旗", "自治区", "全省", "全市", "全区", "全县", "全州", "全盟", "全自治区"];

    private static readonly string[] RegionSuffixes = ["维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "特别行政区", "省", "市", "县", "区", "州", "盟"];

    public static IReadOnlyList<EmphasisShare> Shares(IReadOnlyList<PolicyDocument> plans, TopicAssignment membership)
    {
        var rows = new List<EmphasisShare>();
        foreach (var year in plans.Where(p => p.Metadata.Year is not null).GroupBy(p => p.Metadata.Year!.Value).OrderBy(g => g.Key))
        {
            var topicsOfYear = year.SelectMany(p => p.PolicyTasks.Select(t => membership.TopicOf(new TaskKey(p.Id, t.Ordinal))?.Id))
                .Where(id => id is not null)
                .ToArray();
            foreach (var topic in membership.Topics)
            {
                var count = topicsOfYear.Count(id => id == topic.Id);
                rows.Add(new EmphasisShare(year.Key, topic.Id, year.Count(), count, topicsOfYear.Length, topicsOfYear.Length == 0 ? double.NaN : (double)count / topicsOfYear.Length));
            }
        }

        return rows;
    }

    public static IReadOnlyList<LanguageShift> LanguageShifts(IReadOnlyList<PolicyDocument> plans, TopicAssignment membership, TaskEmbeddings embeddings, ITextSegmenter segmenter, int topTerms, CancellationToken cancellationToken = default)
    {
        var excluded = AdministrativeTerms(plans);

        // One pass over the tasks, grouped by topic, instead of one pass per topic.
        var tasksOfTopic = new Dictionary<string, List<(int Year, TaskKey Key, PolicyTask Task)>>(StringComparer.Ordinal);
        foreach (var plan in plans.Where(p => p.Metadata.Year is not null))
        {
            foreach (var task in plan.Tasks)
            {
                var key = new TaskKey(plan.Id, task.Ordinal);
                if (membership.TopicOf(key)?.Id is { } topicId)
                {
                    if (!tasksOfTopic.TryGetValue(topicId, out var list))
                    {
                        tasksOfTopic[topicId] = list = [];
                    }

                    list.Add((plan.Metadata.Year!.Value, key, task));
                }
            }
        }

        // Topics are independent: each is computed by one thread into its own slot, so the order never depends on threads.
        var topics = membership.Topics;
        var perTopic = new IReadOnlyList<LanguageShift>[topics.Count];
        Parallel.For(0, topics.Count, new ParallelOptions { CancellationToken = cancellationToken }, t =>
        {
            var topic = topics[t];
            var byYear = (tasksOfTopic.GetValueOrDefault(topic.Id) ?? [])
                .GroupBy(x => x.Year)
                .OrderBy(g => g.Key)
                .Select(g => (Year: g.Key, Tasks: g.ToArray()))
                .ToArray();
            var frequencies = byYear.Select(y => Frequencies(y.Tasks.Select(x => x.Task), segmenter, excluded)).ToArray();
            var shifts = new List<LanguageShift>();
            for (var i = 1; i < byYear.Length; i++)
            {
                var from = byYear[i - 1];
                var to = byYear[i];
                var distance = 1 - Similarity.Cosine(Centroid(from.Tasks.Select(x => x.Key), embeddings), Centroid(to.Tasks.Select(x => x.Key), embeddings));
                var fromFrequencies = frequencies[i - 1];
                var toFrequencies = frequencies[i];
                var terms = fromFrequencies.Keys.Union(toFrequencies.Keys, StringComparer.Ordinal)
                    .Select(term =>
                    {
                        var f = fromFrequencies.GetValueOrDefault(term);
                        var d = toFrequencies.GetValueOrDefault(term);
                        return new TermShift(term, f, d, d - f);
                    })
                    .ToArray();
                var rising = terms.Where(x => x.Difference > 0).OrderByDescending(x => x.Difference).ThenBy(x => x.Term, StringComparer.Ordinal).Take(topTerms).ToArray();
                var falling = terms.Where(x => x.Difference < 0).OrderBy(x => x.Difference).ThenBy(x => x.Term, StringComparer.Ordinal).Take(topTerms).ToArray();
                shifts.Add(new LanguageShift(topic.Id, from.Year, to.Year, from.Tasks.Length, to.Tasks.Length, distance, rising, falling));
            }

            perTopic[t] = shifts;
        });

        return perTopic.SelectMany(s => s).ToList();
    }

    private static double[] Centroid(IEnumerable<TaskKey> tasks, TaskEmbeddings embeddings)
    {
        var sum = new double[embeddings.Dimensions];
        var n = 0;
        foreach (var key in tasks)
        {
            var v = embeddings.VectorOf(key);
            for (var d = 0; d < sum.Length; d++)
            {
                sum[d] += v[d];
            }

            n++;
        }

        return sum.Select(x => x / n).ToArray();
    }

    /// <summary>
    /// Terms left out of rising and falling terms: the corpus plans' own region names (with and without 省/市/自治区…)
    /// and level words. They change with who wrote a plan, not with how its language moved.
    /// </summary>
    private static HashSet<string> AdministrativeTerms(IEnumerable<PolicyDocument> plans)
    {
        var terms = new HashSet<string>(LevelWords, StringComparer.Ordinal);
        foreach (var region in plans.Select(p => p.Metadata.Region).OfType<string>())
        {
            terms.Add(region);
            var suffix = RegionSuffixes.FirstOrDefault(s => region.Length > s.Length + 1 && region.EndsWith(s, StringComparison.Ordinal));
            if (suffix is not null)
            {
                terms.Add(region[..^suffix.Length]);
            }
        }

        return terms;
    }

    private static Dictionary<string, double> Frequencies(IEnumerable<PolicyTask> tasks, ITextSegmenter segmenter, HashSet<string> excluded)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var task in tasks)
        {
            foreach (var term in segmenter.Segment(task.Text.Value).Where(t => !excluded.Contains(t)))
            {
                counts[term] = counts.GetValueOrDefault(term) + 1;
            }
        }

        // A year whose topic tasks hold only excluded terms has no frequencies (not a division by zero).
        var total = counts.Values.Sum();
        return counts.ToDictionary(c => c.Key, c => (double)c.Value / total, StringComparer.Ordinal);
    }
}
