using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PolicyCompare.Alignment;
using PolicyCompare.Corpus;
using PolicyCompare.DependencyInjection;
using PolicyCompare.Embeddings;
using PolicyCompare.Text;
using PolicyCompare.Topics;

namespace PolicyCompare.Analysis;

/// <summary>
/// The entry point: runs read → parse → embed → align → measure on a corpus and returns one <see cref="CorpusAnalysis"/>.
/// Each stage is the one registered in dependency injection (see <c>services.AddPolicyCompare()</c>).
/// </summary>
public sealed class PolicyAnalyzer
{
    private readonly ICorpusLoader _loader;
    private readonly CorpusAligner _aligner;
    private readonly ICorpusAnalyzer _analyzer;
    private readonly PolicyCompareOptions _options;
    private readonly ITextSegmenter _segmenter;
    private readonly EmbeddingOptions _embeddingOptions;

    /// <summary>Creates the analyzer from its stages.</summary>
    /// <param name="loader">Reads and parses plans.</param>
    /// <param name="aligner">Embeds tasks and finds topics.</param>
    /// <param name="analyzer">Computes the measures.</param>
    /// <param name="options">Top-level options.</param>
    /// <param name="segmenter">The word segmenter (a kept topic model embeds new plans with it).</param>
    /// <param name="embeddingOptions">Embedding options (a kept topic model records their task part weights).</param>
    public PolicyAnalyzer(
        ICorpusLoader loader, CorpusAligner aligner, ICorpusAnalyzer analyzer, IOptions<PolicyCompareOptions> options, ITextSegmenter segmenter, IOptions<EmbeddingOptions> embeddingOptions)
    {
        _segmenter = segmenter ?? throw new ArgumentNullException(nameof(segmenter));
        _embeddingOptions = embeddingOptions?.Value ?? throw new ArgumentNullException(nameof(embeddingOptions));
        _loader = loader ?? throw new ArgumentNullException(nameof(loader));
        _aligner = aligner ?? throw new ArgumentNullException(nameof(aligner));
        _analyzer = analyzer ?? throw new ArgumentNullException(nameof(analyzer));
        _options = options?.Value ?? throw new ArgumentNullException(nameof(options));
    }

    /// <summary>Creates an analyzer without a host: builds a private service provider with the default stages.</summary>
    /// <param name="configure">Changes to the pipeline (another embedder, a codebook, options), or null.</param>
    /// <returns>The analyzer.</returns>
    public static PolicyAnalyzer Create(Action<IPolicyCompareBuilder>? configure = null)
    {
        var services = new ServiceCollection();
        var builder = services.AddPolicyCompare();
        configure?.Invoke(builder);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }).GetRequiredService<PolicyAnalyzer>();
    }

    /// <summary>The stage that embeds tasks, finds topics and matches plans, for finer-grained use.</summary>
    public CorpusAligner Aligner => _aligner;

    /// <summary>Reads and parses plans.</summary>
    /// <param name="paths">Files, or folders of plans (optionally with a <c>corpus.json</c> manifest).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The corpus; plans that could not be read or parsed are listed in <see cref="PolicyCorpus.Skipped"/>.</returns>
    /// <exception cref="PolicyCompareException">A path is missing or holds no plans, no plan could be loaded, or one could not under <see cref="CorpusOptions.Strict"/>.</exception>
    public PolicyCorpus Load(IReadOnlyList<string> paths, CancellationToken cancellationToken = default) =>
        _loader.Load(paths, cancellationToken);

    /// <summary>
    /// Refuses a corpus too large for topic clustering (<see cref="PolicyCompareOptions.MaxClusteringTasks"/>), before
    /// any embedding starts; <see cref="AnalyzeAsync(PolicyCorpus, IProgress{PipelineStage}?, CancellationToken)"/> calls
    /// it in clustering mode, and callers that cluster through <see cref="Aligner"/> should call it first.
    /// </summary>
    /// <param name="corpus">The corpus.</param>
    /// <exception cref="PolicyCompareException">The corpus has more tasks than the limit; the message names the option.</exception>
    public void CheckClusteringLimit(PolicyCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var tasks = corpus.Documents.Sum(d => d.Tasks.Count);
        if (tasks > _options.MaxClusteringTasks)
        {
            throw new PolicyCompareException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"The corpus has {tasks:N0} tasks, more than the {_options.MaxClusteringTasks:N0} that topic clustering accepts; raise the limit with --max-tasks (PolicyCompareOptions.MaxClusteringTasks) if the machine has the memory, or use --mode codebook."));
        }
    }

    /// <summary>Reads the plans at <paramref name="paths"/> and analyses them.</summary>
    /// <param name="paths">Files, or folders of plans.</param>
    /// <param name="progress">Told when each stage starts, or null.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="PolicyCompareException">The input is unusable.</exception>
    public Task<CorpusAnalysis> AnalyzeAsync(IReadOnlyList<string> paths, IProgress<PipelineStage>? progress = null, CancellationToken cancellationToken = default)
    {
        progress?.Report(PipelineStage.Read);
        WarmUpSegmenter();
        var corpus = Load(paths, cancellationToken);
        return AnalyzeAsync(corpus, progress, cancellationToken);
    }

    /// <summary>Analyses an already parsed corpus.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="progress">Told when each stage starts, or null.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="PolicyCompareException">The corpus has more tasks than <see cref="PolicyCompareOptions.MaxClusteringTasks"/> in clustering mode.</exception>
    public async Task<CorpusAnalysis> AnalyzeAsync(PolicyCorpus corpus, IProgress<PipelineStage>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        if (_options.TopicMode == TopicMode.Clustering)
        {
            CheckClusteringLimit(corpus);
        }

        progress?.Report(PipelineStage.Embed);
        var embedding = await _aligner.EmbedAsync(corpus, cancellationToken).ConfigureAwait(false);
        progress?.Report(PipelineStage.Align);
        var topics = _options.TopicMode == TopicMode.Codebook
            ? await _aligner.AssignCodebookAsync(corpus, embedding: embedding, cancellationToken: cancellationToken).ConfigureAwait(false)
            : await _aligner.FindTopicsAsync(corpus, embedding: embedding, cancellationToken: cancellationToken).ConfigureAwait(false);
        progress?.Report(PipelineStage.Measure);
        return await _analyzer.AnalyzeAsync(corpus, topics, embedding, cancellationToken).ConfigureAwait(false);
    }
    /// <summary>
    /// Loads the segmenter's dictionary (jieba's: about half a second) on another core while the plans are read, so the
    /// embedding stage does not wait for it. The first segmentation is the load; its result is not used.
    /// </summary>
    private void WarmUpSegmenter() => _ = Task.Run(() => _segmenter.Segment("深化医药卫生体制改革"));

    /// <summary>Keeps topics found on a corpus as a <see cref="TopicModel"/>, to save and reuse on other plans.</summary>
    /// <param name="topics">Topics from <see cref="CorpusAligner.FindTopicsAsync"/>.</param>
    /// <param name="embedding">The embedding they were found with.</param>
    /// <returns>The model.</returns>
    /// <exception cref="PolicyCompareException">The embedding was not made by the built-in embedder.</exception>
    public TopicModel KeepTopicModel(CorpusTopics topics, CorpusEmbedding embedding) => TopicModel.Create(topics, embedding, _embeddingOptions);

    /// <summary>
    /// Places a corpus's tasks into a kept model's topics (no new fit): embeds them with the model's embedder and gives
    /// each task the topic with the nearest centroid.
    /// </summary>
    /// <param name="corpus">The plans.</param>
    /// <param name="model">The kept model.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The topics of the corpus's tasks and their vectors in the model's space.</returns>
    public async Task<(CorpusTopics Topics, CorpusEmbedding Embedding)> PlaceAsync(PolicyCorpus corpus, TopicModel model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(model);
        var embedding = await model.EmbedAsync(corpus, _segmenter, cancellationToken).ConfigureAwait(false);
        return (model.ToCorpusTopics(model.Place(embedding.Tasks), corpus, embedding.Tasks), embedding);
    }

    /// <summary>Reads the plans at <paramref name="paths"/> and analyses them in the topics of a kept model.</summary>
    /// <param name="paths">Files, or folders of plans.</param>
    /// <param name="model">The kept model (see <see cref="TopicModel.Load"/>).</param>
    /// <param name="progress">Told when each stage starts, or null.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="PolicyCompareException">The input is unusable.</exception>
    public async Task<CorpusAnalysis> AnalyzeAsync(IReadOnlyList<string> paths, TopicModel model, IProgress<PipelineStage>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        progress?.Report(PipelineStage.Read);
        WarmUpSegmenter();
        var corpus = Load(paths, cancellationToken);
        progress?.Report(PipelineStage.Embed);
        var embedding = await model.EmbedAsync(corpus, _segmenter, cancellationToken).ConfigureAwait(false);
        progress?.Report(PipelineStage.Align);
        var topics = model.ToCorpusTopics(model.Place(embedding.Tasks), corpus, embedding.Tasks);
        progress?.Report(PipelineStage.Measure);
        return await _analyzer.AnalyzeAsync(corpus, topics, embedding, cancellationToken).ConfigureAwait(false);
    }
}
