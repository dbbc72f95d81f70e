using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using PolicyCompare.Alignment;
using PolicyCompare.Corpus;
using PolicyCompare.Embeddings;
using PolicyCompare.Metrics;
using PolicyCompare.Parsing;

namespace PolicyCompare.DependencyInjection;

/// <summary>The <c>UseXxx</c>/<c>ConfigureXxx</c> verbs of <see cref="IPolicyCompareBuilder"/>; each returns the builder.</summary>
public static class PolicyCompareBuilderExtensions
{
    /// <summary>
    /// Embeds tasks with your own model instead of the built-in TF-IDF/LSA embedder: any
    /// <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> (a local ONNX model, a service client…).
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="factory">Creates the generator from the service provider.</param>
    /// <returns>The builder.</returns>
    public static IPolicyCompareBuilder UseEmbeddingGenerator(
        this IPolicyCompareBuilder builder,
        Func<IServiceProvider, IEmbeddingGenerator<string, Embedding<float>>> factory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(factory);
        builder.Services.AddSingleton(factory);
        builder.Services.AddSingleton<ICorpusEmbeddingGeneratorProvider>(sp => new FixedGeneratorProvider(factory(sp)));
        return builder;
    }

    /// <summary>
    /// Reports the progress of every embedding request (texts done / texts in the request, after each batch of
    /// <see cref="EmbeddingOptions.BatchSize"/>).
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="progress">Told after each batch.</param>
    /// <returns>The builder.</returns>
    public static IPolicyCompareBuilder ReportEmbeddingProgress(this IPolicyCompareBuilder builder, IProgress<EmbeddingProgress> progress)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(progress);
        builder.Services.AddSingleton(progress);
        return builder;
    }

    /// <summary>
    /// Reports the work done within the long steps of the pipeline, as <see cref="WorkProgress"/> (units done of the
    /// step's total; within one run of a step <c>Done</c> never decreases and the last report has <c>Done == Total</c>):
    /// <c>files</c> (plans read, loaded or skipped, of the files found), <c>LSA</c> (rounds of the built-in embedder's
    /// randomized SVD, of <c>PowerIterations + 3</c>), <c>embedding</c> (the tasks' part texts embedded, after each batch of
    /// <see cref="EmbeddingOptions.BatchSize"/>, with any embedder), <c>micro-clusters</c> (k-means iterations, on corpora
    /// clustered in two stages), <c>silhouette</c> (candidate topic counts scored) and <c>measures</c> (memberships,
    /// coverage, target drift and department load, of 4). A step may run more than once (each fit or analysis), starting
    /// again from 0. Reports are made on the thread doing the work, which may be a worker thread: the receiver must be
    /// thread-safe and quick (the pipeline does not throttle them, a display should), and it never changes a result.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="progress">Told the work done in each step.</param>
    /// <returns>The builder.</returns>
    public static IPolicyCompareBuilder ReportWorkProgress(this IPolicyCompareBuilder builder, IProgress<WorkProgress> progress)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(progress);
        builder.Services.AddSingleton(progress);
        return builder;
    }

    /// <summary>Groups tasks by the entries of a topic codebook instead of clustering.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="codebookPath">A codebook JSON file, or null for the built-in health-reform codebook.</param>
    /// <returns>The builder.</returns>
    public static IPolicyCompareBuilder UseCodebook(this IPolicyCompareBuilder builder, string? codebookPath = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<PolicyCompareOptions>(o => o.TopicMode = TopicMode.Codebook);
        builder.Services.Configure<CodebookOptions>(o => o.Path = codebookPath);
        return builder;
    }

    /// <summary>Changes the parser's options (agency alias table, scope length…).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">The change.</param>
    /// <returns>The builder.</returns>
    public static IPolicyCompareBuilder ConfigureParsing(this IPolicyCompareBuilder builder, Action<ParsingOptions> configure) =>
        Configure(builder, configure);

    /// <summary>Changes the corpus loader's options (document size limit, strict loading).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">The change.</param>
    /// <returns>The builder.</returns>
    public static IPolicyCompareBuilder ConfigureCorpus(this IPolicyCompareBuilder builder, Action<CorpusOptions> configure) =>
        Configure(builder, configure);

    /// <summary>Changes the embedder's options.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">The change.</param>
    /// <returns>The builder.</returns>
    public static IPolicyCompareBuilder ConfigureEmbeddings(this IPolicyCompareBuilder builder, Action<EmbeddingOptions> configure) =>
        Configure(builder, configure);

    /// <summary>Changes the topic options (a fixed number of topics, labels…).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">The change.</param>
    /// <returns>The builder.</returns>
    public static IPolicyCompareBuilder ConfigureTopics(this IPolicyCompareBuilder builder, Action<TopicOptions> configure) =>
        Configure(builder, configure);

    /// <summary>Changes the plan-to-plan matching options.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">The change.</param>
    /// <returns>The builder.</returns>
    public static IPolicyCompareBuilder ConfigureAlignment(this IPolicyCompareBuilder builder, Action<AlignmentOptions> configure) =>
        Configure(builder, configure);

    /// <summary>Changes the multi-topic membership options (passage threshold and window).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">The change.</param>
    /// <returns>The builder.</returns>
    public static IPolicyCompareBuilder ConfigureMembership(this IPolicyCompareBuilder builder, Action<MembershipOptions> configure) =>
        Configure(builder, configure);

    /// <summary>Changes the metrics options (gap threshold, load weights, drift thresholds).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">The change.</param>
    /// <returns>The builder.</returns>
    public static IPolicyCompareBuilder ConfigureMetrics(this IPolicyCompareBuilder builder, Action<MetricsOptions> configure) =>
        Configure(builder, configure);

    private static IPolicyCompareBuilder Configure<TOptions>(IPolicyCompareBuilder builder, Action<TOptions> configure)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.Configure(configure);
        return builder;
    }
}
