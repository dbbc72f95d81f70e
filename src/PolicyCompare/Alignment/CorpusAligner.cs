using Microsoft.Extensions.Options;
using PolicyCompare.Corpus;
using PolicyCompare.Embeddings;

namespace PolicyCompare.Alignment;

/// <summary>
/// The alignment pipeline in one place: embed a corpus's tasks, find its topics (clustering or codebook) and match two
/// plans. Every method can reuse one <see cref="CorpusEmbedding"/> so the corpus is embedded once.
/// </summary>
public sealed class CorpusAligner
{
    private readonly ITaskEmbedder _embedder;
    private readonly ITopicClusterer _clusterer;
    private readonly ITopicLabeler _labeler;
    private readonly ICodebookTopicAssigner _codebookAssigner;
    private readonly IPlanMatcher _matcher;
    private readonly CodebookOptions _codebookOptions;
    private readonly TopicOptions _topicOptions;
    private readonly IProgress<WorkProgress>? _progress;

    /// <summary>Creates the pipeline from its stages (as registered by dependency injection).</summary>
    /// <param name="embedder">Task embedder.</param>
    /// <param name="clusterer">Topic clusterer.</param>
    /// <param name="labeler">Topic labeler.</param>
    /// <param name="codebookAssigner">Codebook assigner.</param>
    /// <param name="matcher">Plan matcher.</param>
    /// <param name="codebookOptions">Which codebook to use by default.</param>
    /// <param name="topicOptions">Topic options (the confidence an English name needs), or null for the defaults.</param>
    /// <param name="progress">Told the clusterer's steps while <see cref="FindTopicsAsync"/> clusters, or null.</param>
    public CorpusAligner(
        ITaskEmbedder embedder,
        ITopicClusterer clusterer,
        ITopicLabeler labeler,
        ICodebookTopicAssigner codebookAssigner,
        IPlanMatcher matcher,
        IOptions<CodebookOptions> codebookOptions,
        IOptions<TopicOptions>? topicOptions = null,
        IProgress<WorkProgress>? progress = null)
    {
        _progress = progress;
        _topicOptions = topicOptions?.Value ?? new TopicOptions();
        _embedder = embedder ?? throw new ArgumentNullException(nameof(embedder));
        _clusterer = clusterer ?? throw new ArgumentNullException(nameof(clusterer));
        _labeler = labeler ?? throw new ArgumentNullException(nameof(labeler));
        _codebookAssigner = codebookAssigner ?? throw new ArgumentNullException(nameof(codebookAssigner));
        _matcher = matcher ?? throw new ArgumentNullException(nameof(matcher));
        _codebookOptions = codebookOptions?.Value ?? throw new ArgumentNullException(nameof(codebookOptions));
    }

    /// <summary>Embeds every task of the corpus.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The task vectors and the generator.</returns>
    public Task<CorpusEmbedding> EmbedAsync(PolicyCorpus corpus, CancellationToken cancellationToken = default) =>
        _embedder.EmbedAsync(corpus, cancellationToken);

    /// <summary>
    /// Finds the corpus's topics by clustering (the number chosen automatically unless given), labels them, and gives a
    /// topic the key and English name of a codebook entry when most of its tasks fall under that entry.
    /// </summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="topicCount">A fixed number of topics, or null to choose it.</param>
    /// <param name="embedding">Task vectors from <see cref="EmbedAsync"/>, or null to embed now.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The topics, ids <c>T01</c>… in corpus order.</returns>
    public async Task<CorpusTopics> FindTopicsAsync(PolicyCorpus corpus, int? topicCount = null, CorpusEmbedding? embedding = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        embedding ??= await EmbedAsync(corpus, cancellationToken).ConfigureAwait(false);
        var partition = _clusterer.Cluster(embedding.Tasks, topicCount, _progress, cancellationToken);
        var topics = _labeler.Label(corpus, embedding.Tasks, partition);
        var codebook = await _codebookAssigner.AssignAsync(corpus, embedding, _codebookOptions.LoadCodebook(), cancellationToken).ConfigureAwait(false);
        var named = topics.Select(topic =>
        {
            var majority = topic.Members
                .Select(m => codebook.TopicOf(m))
                .OfType<CorpusTopic>()
                .GroupBy(t => t.Key, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .FirstOrDefault();
            if (majority is null || majority.Count() * 2 <= topic.Members.Count)
            {
                return topic;
            }

            var confidence = (double)majority.Count() / topic.Members.Count;
            return topic with
            {
                Key = majority.Key,
                KeyConfidence = confidence,
                EnglishName = confidence >= _topicOptions.EnglishNameConfidence ? majority.First().EnglishName : null,
            };
        }).ToArray();
        return new CorpusTopics(named, $"{partition.Method}; embedder {embedding.Tasks.EmbedderName}") { Hierarchy = partition.Hierarchy };
    }

    /// <summary>Assigns tasks to the topics of a codebook.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="codebook">The codebook, or null for the one the options select (by default the built-in one).</param>
    /// <param name="embedding">Task vectors from <see cref="EmbedAsync"/>, or null to embed now.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The topics that received tasks, with codebook keys.</returns>
    public async Task<CorpusTopics> AssignCodebookAsync(PolicyCorpus corpus, TopicCodebook? codebook = null, CorpusEmbedding? embedding = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        embedding ??= await EmbedAsync(corpus, cancellationToken).ConfigureAwait(false);
        return await _codebookAssigner.AssignAsync(corpus, embedding, codebook ?? _codebookOptions.LoadCodebook(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Matches the tasks of two plans of the corpus.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="leftId">The first plan's document id.</param>
    /// <param name="rightId">The second plan's document id.</param>
    /// <param name="embedding">Task vectors from <see cref="EmbedAsync"/>, or null to embed now.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The plan alignment.</returns>
    /// <exception cref="PolicyCompareException">A document id is not in the corpus.</exception>
    public async Task<PlanAlignment> MatchPlansAsync(PolicyCorpus corpus, string leftId, string rightId, CorpusEmbedding? embedding = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var left = Find(corpus, leftId);
        var right = Find(corpus, rightId);
        embedding ??= await EmbedAsync(corpus, cancellationToken).ConfigureAwait(false);
        return _matcher.Match(left, right, embedding.Tasks);
    }

    private static Documents.PolicyDocument Find(PolicyCorpus corpus, string id) =>
        corpus.Documents.FirstOrDefault(d => d.Id == id)
        ?? throw new PolicyCompareException($"No document '{id}' in the corpus (documents: {string.Join(", ", corpus.Documents.Select(d => d.Id))}).");
}
