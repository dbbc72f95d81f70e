using Microsoft.Extensions.Options;
using PolicyCompare.Corpus;
using PolicyCompare.Embeddings;

namespace PolicyCompare.Alignment;

/// <summary>
/// Codebook mode: each topic's prototype (name, description and keywords) is embedded with the same generator as the
/// tasks; a task scores cosine(task, prototype) + KeywordWeight · k/(k + 2) for each topic, where k counts the topic's
/// keywords found in the task (title hits boosted), and goes to the best topic unless the best score is below MinScore.
/// </summary>
/// <param name="options">Codebook options.</param>
public sealed class CodebookTopicAssigner(IOptions<CodebookOptions> options) : ICodebookTopicAssigner
{
    /// <inheritdoc />
    public async Task<CorpusTopics> AssignAsync(PolicyCorpus corpus, CorpusEmbedding embedding, TopicCodebook codebook, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(embedding);
        ArgumentNullException.ThrowIfNull(codebook);
        var settings = options.Value;
        settings.Validate();
        var prototypes = await embedding.Generator
            .GenerateAsync(codebook.Entries.Select(e => $"{e.Name}。{e.Description}。{string.Join("、", e.Keywords)}"), cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        var tasks = corpus.AllTasks.ToDictionary(t => new TaskKey(t.Document.Id, t.Task.Ordinal), t => t.Task);
        var assigned = new Dictionary<int, List<TaskKey>>();
        foreach (var key in embedding.Tasks.Keys)
        {
            var task = tasks[key];
            var best = -1;
            var bestScore = double.NegativeInfinity;
            for (var e = 0; e < codebook.Entries.Count; e++)
            {
                var entry = codebook.Entries[e];
                var hits = entry.Keywords.Sum(k =>
                    task.Title.Contains(k, StringComparison.Ordinal) ? settings.TitleKeywordBoost
                    : task.Text.Value.Contains(k, StringComparison.Ordinal) ? 1.0
                    : 0.0);
                var score = SimilarityMatrix.Cosine(embedding.Tasks.VectorOf(key), prototypes[e].Vector.Span)
                    + settings.KeywordWeight * hits / (hits + 2.0);
                if (score > bestScore)
                {
                    (best, bestScore) = (e, score);
                }
            }

            if (best >= 0 && bestScore >= settings.MinScore)
            {
                (assigned.TryGetValue(best, out var list) ? list : assigned[best] = []).Add(key);
            }
        }

        var topics = new List<CorpusTopic>();
        for (var e = 0; e < codebook.Entries.Count; e++)
        {
            if (!assigned.TryGetValue(e, out var members))
            {
                continue;
            }

            var entry = codebook.Entries[e];
            var (central, cohesion) = ClassTfidfTopicLabeler.Centre(embedding.Tasks, members);
            topics.Add(new CorpusTopic($"C{e + 1:00}", entry.Name, entry.Keywords, central, tasks[central].Title, members.Order().ToArray(), cohesion)
            {
                Key = entry.Key,
                EnglishName = entry.EnglishName,
            });
        }

        return new CorpusTopics(topics, $"codebook '{codebook.Name}' ({codebook.Entries.Count} topics; embedding similarity + keywords, none-of-these below {settings.MinScore.ToString(System.Globalization.CultureInfo.InvariantCulture)})");
    }
}
