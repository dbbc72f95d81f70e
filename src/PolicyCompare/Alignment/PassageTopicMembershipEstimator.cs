using System.Globalization;
using Microsoft.Extensions.Options;
using PolicyCompare.Corpus;
using PolicyCompare.Text;

namespace PolicyCompare.Alignment;

/// <summary>
/// Multi-topic membership after BERTopic's <c>approximate_distribution</c>: each task is cut into passages (clauses and
/// runs of clauses, <see cref="PassageSplitter"/>), each passage gets a class-based TF-IDF vector over jieba words, and
/// its cosine with every topic's class-based TF-IDF vector (built from the topic's focus tasks, as the labels are) is the
/// passage's score for that topic. BERTopic sums window scores into a distribution; a membership here needs one passage
/// that carries the topic on its own, so a task addresses a further topic when its best passage for that topic scores at
/// least <see cref="MembershipOptions.Threshold"/> and has at least <see cref="MembershipOptions.MinPassageWords"/> topic
/// words. The focus topic is always a membership.
/// </summary>
/// <param name="segmenter">The word segmenter (the same words as the topic labels).</param>
/// <param name="options">Threshold and passage window.</param>
public sealed class PassageTopicMembershipEstimator(ITextSegmenter segmenter, IOptions<MembershipOptions> options) : ITopicMembershipEstimator
{
    /// <inheritdoc />
    public TopicMemberships Estimate(PolicyCorpus corpus, CorpusTopics topics) => Estimate(corpus, topics, CancellationToken.None);

    /// <inheritdoc />
    public TopicMemberships Estimate(PolicyCorpus corpus, CorpusTopics topics, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        settings.Validate();
        var scores = Score(corpus, topics, settings, cancellationToken);
        var memberships = new List<TaskTopicMembership>();
        foreach (var (task, perTopic) in scores)
        {
            var focus = topics.TopicOf(task)?.Id;
            foreach (var (topicId, best) in perTopic)
            {
                if (topicId == focus)
                {
                    memberships.Add(new TaskTopicMembership(task, topicId, MembershipRole.Focus, best.Score, best.Passage));
                }
                else if (best.Score >= settings.Threshold)
                {
                    memberships.Add(new TaskTopicMembership(task, topicId, MembershipRole.Addresses, best.Score, best.Passage));
                }
            }

            if (focus is not null && !perTopic.ContainsKey(focus))
            {
                memberships.Add(new TaskTopicMembership(task, focus, MembershipRole.Focus, double.NaN, null));
            }
        }

        var method = string.Create(CultureInfo.InvariantCulture,
            $"passage class-based TF-IDF (clauses, windows of up to {settings.MaxClausesPerPassage}); a further topic needs a passage scoring ≥ {settings.Threshold:0.###} with ≥ {settings.MinPassageWords} topic words");
        return new TopicMemberships(memberships, settings.Threshold, method);
    }

    /// <summary>For every task, its best passage and score per topic (only passages with enough topic words).</summary>
    internal IReadOnlyDictionary<TaskKey, IReadOnlyDictionary<string, (double Score, TaskPassage Passage)>> Score(
        PolicyCorpus corpus, CorpusTopics topics, MembershipOptions settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(topics);
        var tasks = corpus.AllTasks.ToDictionary(t => new TaskKey(t.Document.Id, t.Task.Ordinal), t => t.Task);
        var topicList = topics.Topics;
        foreach (var member in topicList.SelectMany(t => t.Members))
        {
            if (!tasks.ContainsKey(member))
            {
                throw new PolicyCompareException($"Topic membership: task {member} is not a task of the corpus; were the topics computed on another corpus?");
            }
        }

        // Class-based TF-IDF of each topic over its focus tasks: tf(w, t) · ln(1 + A / f(w)), as in the labels.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = settings.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        var classCounts = new Dictionary<string, int>[topicList.Count];
        Parallel.For(0, topicList.Count, parallel, t =>
            classCounts[t] = Count(topicList[t].Members.SelectMany(m => segmenter.Segment(tasks[m].Text.Value))));
        var corpusCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var counts in classCounts)
        {
            foreach (var (word, count) in counts)
            {
                corpusCounts[word] = corpusCounts.GetValueOrDefault(word) + count;
            }
        }

        var meanWords = classCounts.Length == 0 ? 0 : classCounts.Average(c => (double)c.Values.Sum());
        var idf = corpusCounts.ToDictionary(p => p.Key, p => Math.Log(1 + (meanWords / p.Value)), StringComparer.Ordinal);
        var topicVectors = classCounts.Select(counts =>
        {
            var total = Math.Max(1, counts.Values.Sum());
            var weighted = counts.Select(p => (Word: p.Key, Weight: (double)p.Value / total * idf[p.Key]))
                .OrderByDescending(p => p.Weight)
                .ThenBy(p => p.Word, StringComparer.Ordinal)
                .Take(settings.TopicWordCount ?? int.MaxValue);
            return Normalize(weighted.ToDictionary(p => p.Word, p => p.Weight, StringComparer.Ordinal));
        }).ToArray();

        // A word's topics: a passage is compared only with the topics that share one of its words (the others score 0).
        var topicsOfWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var t = 0; t < topicVectors.Length; t++)
        {
            foreach (var word in topicVectors[t].Keys)
            {
                if (!topicsOfWord.TryGetValue(word, out var list))
                {
                    topicsOfWord[word] = list = [];
                }

                list.Add(t);
            }
        }

        // Each task scored by one thread, into its own slot: the same result for any number of threads.
        var ordered = tasks.OrderBy(p => p.Key).ToArray();
        var bestOf = new Dictionary<string, (double Score, TaskPassage Passage)>[ordered.Length];
        Parallel.For(0, ordered.Length, parallel, i =>
        {
            var best = new Dictionary<string, (double Score, TaskPassage Passage)>(StringComparer.Ordinal);
            var candidates = new SortedSet<int>();
            foreach (var passage in PassageSplitter.Split(ordered[i].Value, settings.MaxClausesPerPassage))
            {
                var words = segmenter.Segment(passage.Text).Where(idf.ContainsKey).ToArray();
                if (words.Length < settings.MinPassageWords)
                {
                    continue;
                }

                var vector = Normalize(Count(words).ToDictionary(p => p.Key, p => p.Value * idf[p.Key], StringComparer.Ordinal));
                candidates.Clear();
                foreach (var word in vector.Keys)
                {
                    if (topicsOfWord.TryGetValue(word, out var shared))
                    {
                        candidates.UnionWith(shared);
                    }
                }

                foreach (var t in candidates)
                {
                    var score = Dot(vector, topicVectors[t]);
                    // Strictly greater keeps the earliest, shortest passage on ties.
                    if (score > 0 && (!best.TryGetValue(topicList[t].Id, out var current) || score > current.Score))
                    {
                        best[topicList[t].Id] = (score, passage);
                    }
                }
            }

            bestOf[i] = best;
        });

        var result = new Dictionary<TaskKey, IReadOnlyDictionary<string, (double, TaskPassage)>>();
        for (var i = 0; i < ordered.Length; i++)
        {
            result[ordered[i].Key] = bestOf[i];
        }

        return result;
    }

    private static Dictionary<string, int> Count(IEnumerable<string> words)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in words)
        {
            counts[w] = counts.GetValueOrDefault(w) + 1;
        }

        return counts;
    }

    private static Dictionary<string, double> Normalize(Dictionary<string, double> vector)
    {
        var norm = Math.Sqrt(vector.Values.Sum(v => v * v));
        return norm == 0 ? vector : vector.ToDictionary(p => p.Key, p => p.Value / norm, StringComparer.Ordinal);
    }

    private static double Dot(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        double sum = 0;
        foreach (var (word, value) in small)
        {
            if (large.TryGetValue(word, out var other))
            {
                sum += value * other;
            }
        }

        // Rounded so that the order of summation (dictionary layout) can never flip a threshold decision.
        return Math.Round(sum, 12);
    }
}
