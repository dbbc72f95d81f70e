using Microsoft.Extensions.Options;
using PolicyCompare.Corpus;
using PolicyCompare.Text;

namespace PolicyCompare.Alignment;

/// <summary>
/// Labels topics with class-based TF-IDF keywords over jieba words (as in BERTopic): a word weighs
/// tf(word, topic) · ln(1 + A / f(word)), where tf is the word's share of the topic's words, A the mean number of words
/// per topic and f the word's frequency in the whole corpus. A topic is labelled by what its plans share: the weight is
/// multiplied by the share of the topic's regions whose tasks use the word, and a topic spanning several regions keeps
/// only words at least two of them use, so a word of one region (旗县, a place's own campaign name) never labels it; region names and words containing them are never
/// keywords; and runs of Latin letters or digits longer than 12 characters (URLs, codes) are not words of a topic. The
/// label joins the title of the task most central across plans (highest mean cosine to the members of the other plans;
/// a title naming a region only when no other will do) with the top keywords.
/// </summary>
/// <param name="segmenter">The word segmenter.</param>
/// <param name="options">Topic options (keyword counts).</param>
public sealed class ClassTfidfTopicLabeler(ITextSegmenter segmenter, IOptions<TopicOptions> options) : ITopicLabeler
{
    /// <inheritdoc />
    public IReadOnlyList<CorpusTopic> Label(PolicyCorpus corpus, TaskEmbeddings embeddings, TopicPartition partition)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(embeddings);
        ArgumentNullException.ThrowIfNull(partition);
        var settings = options.Value;
        var tasks = corpus.AllTasks.ToDictionary(t => new TaskKey(t.Document.Id, t.Task.Ordinal), t => t.Task);
        var regionOf = corpus.Documents.ToDictionary(d => d.Id, d => d.Metadata.Region ?? d.Id, StringComparer.Ordinal);
        var places = RegionNames.Of(corpus.Documents.Select(d => d.Metadata.Region));
        var keys = partition.Keys;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = settings.MaxDegreeOfParallelism };
        var allWords = new IReadOnlyList<string>[keys.Count];
        Parallel.For(0, keys.Count, parallel, i => allWords[i] = segmenter.Segment(tasks[keys[i]].Text.Value));

        // Each distinct word is checked against the region names once, not once per occurrence.
        var distinct = allWords.SelectMany(w => w).Distinct(StringComparer.Ordinal).ToArray();
        var verdicts = new bool[distinct.Length];
        Parallel.For(0, distinct.Length, parallel, i => verdicts[i] = IsTopicWord(distinct[i], places));
        var topicWord = distinct.Zip(verdicts).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);

        var words = keys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => allWords[p.i].Where(w => topicWord[w]).ToArray());
        var members = partition.Members;
        var classCounts = members
            .Select(m => m.SelectMany(k => words[k]).GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal))
            .ToArray();
        var corpusCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var counts in classCounts)
        {
            foreach (var (word, count) in counts)
            {
                corpusCounts[word] = corpusCounts.GetValueOrDefault(word) + count;
            }
        }

        var meanWordsPerTopic = classCounts.Length == 0 ? 0 : classCounts.Average(c => (double)c.Values.Sum());
        var topics = new List<CorpusTopic>(members.Count);
        for (var t = 0; t < members.Count; t++)
        {
            var total = Math.Max(1, classCounts[t].Values.Sum());
            var regions = members[t].Select(k => regionOf[k.DocumentId]).Distinct(StringComparer.Ordinal).Count();
            var regionsUsing = RegionsUsing(members[t], words, regionOf);
            var keywords = classCounts[t]
                .Where(p => regions < 2 || regionsUsing[p.Key] >= 2)
                .Select(p => (Word: p.Key, Score: (double)p.Value / total * Math.Log(1 + meanWordsPerTopic / corpusCounts[p.Key]) * regionsUsing[p.Key] / regions))
                .OrderByDescending(p => p.Score)
                .ThenBy(p => p.Word, StringComparer.Ordinal)
                .Take(settings.KeywordCount)
                .Select(p => p.Word)
                .ToArray();
            var (_, cohesion) = Centre(embeddings, members[t]);
            var central = CentralAcrossPlans(embeddings, members[t], key => !places.Any(p => tasks[key].Title.Contains(p, StringComparison.Ordinal)));
            var title = tasks[central].Title;
            var headline = Headline(title);
            var label = keywords.Length == 0 ? headline : $"{headline}（{string.Join("、", keywords.Take(settings.LabelKeywordCount))}）";
            topics.Add(new CorpusTopic($"T{t + 1:00}", label, keywords, central, title, members[t].Order().ToArray(), cohesion));
        }

        return topics;
    }

    /// <summary>For each word of a topic's members, how many distinct regions have a member using it.</summary>
    private static Dictionary<string, int> RegionsUsing(
        IReadOnlyList<TaskKey> members, Dictionary<TaskKey, string[]> words, Dictionary<string, string> regionOf)
    {
        var regions = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            var region = regionOf[member.DocumentId];
            foreach (var word in words[member])
            {
                if (!regions.TryGetValue(word, out var set))
                {
                    regions[word] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(region);
            }
        }

        return regions.ToDictionary(p => p.Key, p => p.Value.Count, StringComparer.Ordinal);
    }

    /// <summary>Whether a word may describe a topic: not a region name (or containing one), not a long Latin/digit run.</summary>
    internal static bool IsTopicWord(string word, IReadOnlyList<string> places) =>
        !places.Any(p => word.Contains(p, StringComparison.Ordinal))
        && !(word.Length > 12 && word.All(c => c < 0x80));

    /// <summary>
    /// The member with the highest mean cosine to the members of other plans (ties: to all members, then key order); a
    /// topic of one plan falls back to the member closest to the centroid. A member whose title passes
    /// <paramref name="preferred"/> (names no region) is taken before one that does not.
    /// </summary>
    internal static TaskKey CentralAcrossPlans(TaskEmbeddings embeddings, IReadOnlyList<TaskKey> members, Func<TaskKey, bool> preferred)
    {
        if (members.Select(m => m.DocumentId).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            return Centre(embeddings, members).Central;
        }

        // The mean cosine to the other plans' members is u_m · (S − S_plan(m)) / (n − n_plan(m)) over unit vectors u, with S
        // their sum and S_plan the sum over m's plan: linear in the topic's size rather than quadratic.
        var dimensions = embeddings.Dimensions;
        var unit = members.Select(m => Unit(embeddings.VectorOf(m))).ToArray();
        var total = new double[dimensions];
        var byPlan = new Dictionary<string, (double[] Sum, int Count)>(StringComparer.Ordinal);
        for (var i = 0; i < members.Count; i++)
        {
            if (!byPlan.TryGetValue(members[i].DocumentId, out var plan))
            {
                plan = (new double[dimensions], 0);
            }

            for (var k = 0; k < dimensions; k++)
            {
                total[k] += unit[i][k];
                plan.Sum[k] += unit[i][k];
            }

            byPlan[members[i].DocumentId] = (plan.Sum, plan.Count + 1);
        }

        return members
            .Select((m, i) =>
            {
                var (planSum, planCount) = byPlan[m.DocumentId];
                double across = 0;
                for (var k = 0; k < dimensions; k++)
                {
                    across += unit[i][k] * (total[k] - planSum[k]);
                }

                // Rounded so that summation order can never flip a tie between equal tasks of different plans.
                return (Key: m, Across: Math.Round(across / (members.Count - planCount), 9));
            })
            .OrderByDescending(s => preferred(s.Key))
            .ThenByDescending(s => s.Across)
            .ThenBy(s => s.Key)
            .First().Key;
    }

    private static double[] Unit(ReadOnlySpan<float> vector)
    {
        double norm = 0;
        foreach (var x in vector)
        {
            norm += (double)x * x;
        }

        var unit = new double[vector.Length];
        if (norm > 0)
        {
            var scale = 1 / Math.Sqrt(norm);
            for (var k = 0; k < unit.Length; k++)
            {
                unit[k] = vector[k] * scale;
            }
        }

        return unit;
    }

    /// <summary>The member closest to the centroid and the mean cosine of members to the centroid.</summary>
    internal static (TaskKey Central, double Cohesion) Centre(TaskEmbeddings embeddings, IReadOnlyList<TaskKey> members)
    {
        var centroid = new double[embeddings.Dimensions];
        foreach (var member in members)
        {
            var v = embeddings.VectorOf(member);
            for (var k = 0; k < centroid.Length; k++)
            {
                centroid[k] += v[k];
            }
        }

        var c = centroid.Select(x => (float)x).ToArray();
        var scored = members.Select(m => (Key: m, Cosine: SimilarityMatrix.Cosine(embeddings.VectorOf(m), c))).ToList();
        var central = scored.OrderByDescending(s => s.Cosine).ThenBy(s => s.Key).First().Key;
        var cohesion = members.Count == 1 ? 1.0 : scored.Average(s => s.Cosine);
        return (central, cohesion);
    }

    /// <summary>
    /// A label's lead phrase: a task title is normally a short heading, but a task with no heading sentence has its whole
    /// first sentence as title, so a long one is cut at its first clause break (，,；;) to stay readable on a chart axis.
    /// </summary>
    internal static string Headline(string title)
    {
        const int readable = 24;
        if (title.Length <= readable)
        {
            return title;
        }

        var clauseEnd = title.IndexOfAny(['，', ',', '；', ';']);
        return clauseEnd > 0 && clauseEnd <= readable ? title[..clauseEnd] : title[..readable] + "…";
    }
}
