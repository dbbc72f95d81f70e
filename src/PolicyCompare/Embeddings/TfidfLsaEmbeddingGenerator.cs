using System.Numerics.Tensors;
using Microsoft.Extensions.AI;
using PolicyCompare.Text;

namespace PolicyCompare.Embeddings;

/// <summary>
/// The built-in embedder: TF-IDF over jieba words, character n-grams and thesaurus concepts (terms counted by ML.NET's text
/// transforms), fitted on the corpus being analysed, reduced by latent semantic analysis (truncated SVD) and L2-normalized.
/// Needs no model download and no network; deterministic.
/// </summary>
/// <remarks>
/// The SVD is a randomized truncated SVD of the sparse texts × features TF-IDF matrix X (see <see cref="RandomizedSvd"/>;
/// no dense texts × texts matrix is ever formed): a text x maps to zⱼ = vⱼ · x for the leading right singular vectors vⱼ,
/// then L2-normalized. Projection is a sparse-times-dense product (cost: the text's features × dimensions), batched and
/// run in parallel; results do not depend on the number of threads. Texts embedded after fitting (codebook descriptions,
/// queries) are projected into the same space; words unseen in the fitted corpus are ignored.
/// </remarks>
public sealed class TfidfLsaEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>The name reported in <see cref="EmbeddingGeneratorMetadata"/> and in results.</summary>
    public const string ProviderName = "policycompare-tfidf-lsa";

    // Texts projected per parallel work item: large enough to amortize scheduling, small enough to balance cores.
    private const int ProjectionBatch = 256;

    private readonly ITfidfVectorizer _featurizer;
    private readonly Func<TfidfLsaState> _state;

    // Features × dimensions, row-major: row f is feature f's loading on each LSA dimension.
    private readonly float[] _components;
    private readonly int _dimensions;
    private readonly int _maxDegreeOfParallelism;
    private readonly EmbeddingGeneratorMetadata _metadata;

    private TfidfLsaEmbeddingGenerator(ITfidfVectorizer featurizer, Func<TfidfLsaState> state, float[] components, int dimensions, int maxDegreeOfParallelism)
    {
        _featurizer = featurizer;
        _state = state;
        _components = components;
        _dimensions = dimensions;
        _maxDegreeOfParallelism = maxDegreeOfParallelism;
        _metadata = new EmbeddingGeneratorMetadata(ProviderName, null, ProviderName, dimensions);
    }

    /// <summary>Number of dimensions of the vectors this generator produces.</summary>
    public int Dimensions => _dimensions;

    /// <summary>The fitted state (vocabulary, IDF, block weights, SVD components), to keep the embedder in a file.</summary>
    /// <remarks>A copy: changing it does not change the generator.</remarks>
    public TfidfLsaState State => _state();

    /// <summary>Recreates a fitted embedder from its kept state.</summary>
    /// <param name="state">The state from <see cref="State"/>.</param>
    /// <param name="segmenter">The word segmenter, with the settings the embedder was fitted with.</param>
    /// <param name="maxDegreeOfParallelism">Upper bound on threads used to embed; results do not depend on it.</param>
    /// <returns>A generator that embeds texts as the fitted one does (to rounding of the block norms' summation order).</returns>
    /// <exception cref="PolicyCompareException">The state's parts do not fit together.</exception>
    public static TfidfLsaEmbeddingGenerator FromState(TfidfLsaState state, ITextSegmenter segmenter, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(segmenter);
        if (state.Problem() is { } problem)
        {
            throw new PolicyCompareException($"Cannot recreate the TF-IDF embedder: {problem}.");
        }

        var components = state.Components.ToArray();
        return new TfidfLsaEmbeddingGenerator(
            new VocabularyTfidfVectorizer(state, segmenter, maxDegreeOfParallelism), () => state with { Components = components.ToArray() }, components, state.Dimensions, maxDegreeOfParallelism);
    }

    /// <summary>Fits the embedder on a corpus of texts.</summary>
    /// <param name="corpus">The texts to fit on (typically every task of the corpus being analysed).</param>
    /// <param name="segmenter">The word segmenter.</param>
    /// <param name="options">Feature and dimension options.</param>
    /// <param name="progress">
    /// Told the step <c>LSA</c>: 0 of <see cref="RandomizedSvd.ProgressSteps"/> before the features are counted, then each
    /// round of the randomized SVD done (see <see cref="RandomizedSvd"/>); or null.
    /// </param>
    /// <param name="cancellationToken">Cancels the fit.</param>
    /// <returns>A fitted generator.</returns>
    /// <exception cref="PolicyCompareException">The corpus is empty or yields no feature shared by two texts.</exception>
    public static TfidfLsaEmbeddingGenerator Fit(
        IReadOnlyList<string> corpus,
        ITextSegmenter segmenter,
        EmbeddingOptions options,
        IProgress<WorkProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(segmenter);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (corpus.Count == 0)
        {
            throw new PolicyCompareException("Cannot fit the TF-IDF embedder on an empty corpus: no task text was found.");
        }

        progress?.Report(new WorkProgress("LSA", 0, RandomizedSvd.ProgressSteps));
        var (featurizer, fitted) = TfidfFeaturizer.Fit(corpus, segmenter, options);
        if (featurizer.FeatureCount == 0)
        {
            throw new PolicyCompareException("Cannot fit the TF-IDF embedder: no word or character n-gram occurs in two texts of the corpus.");
        }

        var n = fitted.Length;
        var wanted = options.Dimensions ?? Math.Min(options.MaxDimensions, Math.Max(2, (int)Math.Ceiling(n / 5.0)));
        var rank = Math.Min(n, featurizer.FeatureCount);
        var k = wanted == 0 ? rank : Math.Min(wanted, rank);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        var (components, singularValues) = RandomizedSvd.Fit(SparseRows.Of(fitted, featurizer.FeatureCount), k, options.RandomSeed, parallel, progress);
        var dimensions = singularValues.Length;

        // ML.NET counted the corpus and built the vocabulary; texts embedded from here on are counted over that vocabulary
        // directly, in parallel (ML.NET's transform runs on one thread), and give the very vectors the fit gave them.
        var vectorizer = new VocabularyTfidfVectorizer(featurizer.State(dimensions, components), segmenter, options.MaxDegreeOfParallelism);
        return new TfidfLsaEmbeddingGenerator(vectorizer, () => featurizer.State(dimensions, components.ToArray()), components, dimensions, options.MaxDegreeOfParallelism);
    }

    /// <summary>Embeds one text into the fitted space.</summary>
    /// <param name="text">The text.</param>
    /// <returns>An L2-normalized vector (all zeros when the text shares no feature with the fitted corpus).</returns>
    public float[] Embed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Project(_featurizer.Transform([text])[0]);
    }

    /// <inheritdoc />
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var texts = values.ToList();
        if (texts.Any(text => text is null))
        {
            throw new ArgumentException("A text to embed is null.", nameof(values));
        }

        cancellationToken.ThrowIfCancellationRequested();

        // One pass of the ML.NET counting transforms over the whole batch, then projection in parallel batches: each text
        // is projected on its own, so the vectors do not depend on the number of threads.
        var sparse = _featurizer.Transform(texts);
        var vectors = new float[sparse.Length][];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _maxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, (sparse.Length + ProjectionBatch - 1) / ProjectionBatch, parallel, batch =>
        {
            for (var i = batch * ProjectionBatch; i < Math.Min(sparse.Length, (batch + 1) * ProjectionBatch); i++)
            {
                vectors[i] = Project(sparse[i]);
            }
        });
        var result = new GeneratedEmbeddings<Embedding<float>>(sparse.Length);
        result.AddRange(vectors.Select(v => new Embedding<float>(v) { ModelId = ProviderName }));
        return Task.FromResult(result);
    }

    private float[] Project(SparseVector sparse)
    {
        var vector = new float[_dimensions];
        for (var e = 0; e < sparse.Indices.Length; e++)
        {
            TensorPrimitives.MultiplyAdd(_components.AsSpan(sparse.Indices[e] * _dimensions, _dimensions), (float)sparse.Values[e], vector, vector);
        }

        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }

        return vector;
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // Holds no unmanaged resource.
    }
}
