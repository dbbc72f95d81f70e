using Microsoft.Extensions.AI;

namespace PolicyCompare.Embeddings;

/// <summary>
/// Sends the texts of one request to the inner generator in batches of at most <see cref="BatchSize"/>, in order,
/// reporting progress after each batch and checking for cancellation between batches. Hosted embedding APIs cap the
/// inputs of one call, and a local model's memory grows with the batch, so no caller sends a whole corpus at once.
/// </summary>
/// <remarks>
/// The result is the concatenation of the batches' results, so it equals one call whenever the inner generator embeds
/// each text independently of the others in its call (true of the built-in embedder, of sentence-embedding models and
/// of hosted APIs).
/// </remarks>
public sealed class BatchingEmbeddingGenerator : DelegatingEmbeddingGenerator<string, Embedding<float>>
{
    private readonly IProgress<EmbeddingProgress>? _progress;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    /// <param name="inner">The generator that embeds each batch.</param>
    /// <param name="batchSize">Texts per call to <paramref name="inner"/>, at least 1.</param>
    /// <param name="progress">Told the texts done after each batch, or null.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="batchSize"/> is below 1.</exception>
    public BatchingEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> inner, int batchSize, IProgress<EmbeddingProgress>? progress = null)
        : base(inner)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        BatchSize = batchSize;
        _progress = progress;
    }

    /// <summary>Texts per call to the inner generator.</summary>
    public int BatchSize { get; }

    /// <inheritdoc />
    /// <exception cref="PolicyCompareException">The inner generator returned a different number of vectors than texts for a batch.</exception>
    public override Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default) =>
        GenerateAsync(values, options, null, cancellationToken);

    /// <summary>
    /// Embeds <paramref name="values"/> as <see cref="GenerateAsync(IEnumerable{string}, EmbeddingGenerationOptions?, CancellationToken)"/>
    /// does, also telling <paramref name="work"/> the step <c>embedding</c> (texts done of the texts in this request, 0
    /// before the first batch and after each).
    /// </summary>
    internal async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options,
        IProgress<WorkProgress>? work,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(values);
        var texts = values as IReadOnlyList<string> ?? values.ToList();
        var result = new GeneratedEmbeddings<Embedding<float>>(texts.Count);
        work?.Report(new WorkProgress("embedding", 0, texts.Count));
        for (var start = 0; start < texts.Count; start += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(BatchSize, texts.Count - start);
            var batch = new string[count];
            for (var i = 0; i < count; i++)
            {
                batch[i] = texts[start + i];
            }

            var embedded = await base.GenerateAsync(batch, options, cancellationToken).ConfigureAwait(false);
            if (embedded.Count != count)
            {
                throw new PolicyCompareException($"The embedding generator returned {embedded.Count} vectors for a batch of {count} texts.");
            }

            result.AddRange(embedded);
            if (embedded.Usage is { } usage)
            {
                result.Usage ??= new UsageDetails();
                result.Usage.Add(usage);
            }

            _progress?.Report(new EmbeddingProgress(start + count, texts.Count));
            work?.Report(new WorkProgress("embedding", start + count, texts.Count));
        }

        return result;
    }
}
