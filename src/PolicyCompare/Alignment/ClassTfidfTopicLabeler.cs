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
        var segmented = new string[keys.Count][];
        Parallel.For(0, keys.Count, new ParallelOptions { MaxDegreeOfParallelism = settings.MaxDegreeOfParallelism },
            i => segmented[i] = segmenter.Segment(tasks[keys[i]].Text.Value).Where(w => IsTopicWord(w, places)).ToArray());
        var words = keys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => segmented[p.i]);
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
            var regionsUsing = classCounts[t].Keys.ToDictionary(
                w => w,
                w => members[t].Where(k => words[k].Contains(w, StringComparer.Ordinal)).Select(k => regionOf[k.DocumentId]).Distinct(StringComparer.Ordinal).Count(),
                StringComparer.Ordinal);
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

        return members
            .Select(m => (Key: m, Across: members.Where(o => o.DocumentId != m.DocumentId).Average(o => (double)SimilarityMatrix.Cosine(embeddings.VectorOf(m), embeddings.VectorOf(o)))))
            .OrderByDescending(s => preferred(s.Key))
            .ThenByDescending(s => s.Across)
            .ThenBy(s => s.Key)
            .First().Key;
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
