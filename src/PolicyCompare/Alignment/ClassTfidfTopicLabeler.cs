using Microsoft.Extensions.Options;
using PolicyCompare.Corpus;
using PolicyCompare.Text;

namespace PolicyCompare.Alignment;

/// <summary>
/// Labels topics with class-based TF-IDF keywords over jieba words (as in BERTopic): a word weighs
/// tf(word, topic) · ln(1 + A / f(word)), where tf is the word's share of the topic's words, A the mean number of words
/// per topic and f the word's frequency in the whole corpus. The label joins the most central task's title with the top
/// keywords.
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
        var keys = partition.Keys;
        var segmented = new IReadOnlyList<string>[keys.Count];
        Parallel.For(0, keys.Count, new ParallelOptions { MaxDegreeOfParallelism = settings.MaxDegreeOfParallelism }, i => segmented[i] = segmenter.Segment(tasks[keys[i]].Text.Value));
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

        var meanWordsPerTopic = classCounts.Average(c => (double)c.Values.Sum());
        var topics = new List<CorpusTopic>(members.Count);
        for (var t = 0; t < members.Count; t++)
        {
            var total = Math.Max(1, classCounts[t].Values.Sum());
            var keywords = classCounts[t]
                .Select(p => (Word: p.Key, Score: (double)p.Value / total * Math.Log(1 + meanWordsPerTopic / corpusCounts[p.Key])))
                .OrderByDescending(p => p.Score)
                .ThenBy(p => p.Word, StringComparer.Ordinal)
                .Take(settings.KeywordCount)
                .Select(p => p.Word)
                .ToArray();
            var (central, cohesion) = Centre(embeddings, members[t]);
            var title = tasks[central].Title;
            var headline = Headline(title);
            var label = keywords.Length == 0 ? headline : $"{headline}（{string.Join("、", keywords.Take(settings.LabelKeywordCount))}）";
            topics.Add(new CorpusTopic($"T{t + 1:00}", label, keywords, central, title, members[t].Order().ToArray(), cohesion));
        }

        return topics;
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
