using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;
using Microsoft.Extensions.AI;
using PolicyCompare.Text;

namespace PolicyCompare.Embeddings;

/// <summary>
/// The built-in embedder: TF-IDF over jieba words, character n-grams and thesaurus concepts (terms counted by ML.NET's text
/// transforms), fitted on the corpus being analysed, reduced by latent semantic analysis (truncated SVD) and L2-normalized.
/// Needs no model download and no network; deterministic.
/// </summary>
/// <remarks>
/// The SVD is computed through the eigen-decomposition of the small document Gram matrix X·Xᵀ (n × n for n fitted texts)
/// rather than of X itself, whose vocabulary dimension is large: with Xᵀ·uⱼ = σⱼ·vⱼ, any text x projects to
/// zⱼ = (uⱼ · X·x) / σⱼ. Eigenvector signs are fixed (largest component positive) so the vectors are reproducible.
/// Texts embedded after fitting (codebook descriptions, queries) are projected into the same space; words unseen in the
/// fitted corpus are ignored.
/// </remarks>
public sealed class TfidfLsaEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>The name reported in <see cref="EmbeddingGeneratorMetadata"/> and in results.</summary>
    public const string ProviderName = "policycompare-tfidf-lsa";

    private readonly TfidfFeaturizer _featurizer;
    private readonly SparseVector[] _fitted;
    private readonly double[][] _components;
    private readonly double[] _singularValues;
    private readonly EmbeddingGeneratorMetadata _metadata;

    private TfidfLsaEmbeddingGenerator(TfidfFeaturizer featurizer, SparseVector[] fitted, double[][] components, double[] singularValues)
    {
        _featurizer = featurizer;
        _fitted = fitted;
        _components = components;
        _singularValues = singularValues;
        _metadata = new EmbeddingGeneratorMetadata(ProviderName, null, ProviderName, singularValues.Length);
    }

    /// <summary>Number of dimensions of the vectors this generator produces.</summary>
    public int Dimensions => _singularValues.Length;

    /// <summary>Fits the embedder on a corpus of texts.</summary>
    /// <param name="corpus">The texts to fit on (typically every task of the corpus being analysed).</param>
    /// <param name="segmenter">The word segmenter.</param>
    /// <param name="options">Feature and dimension options.</param>
    /// <returns>A fitted generator.</returns>
    /// <exception cref="PolicyCompareException">The corpus is empty or yields no feature shared by two texts.</exception>
    public static TfidfLsaEmbeddingGenerator Fit(IReadOnlyList<string> corpus, ITextSegmenter segmenter, EmbeddingOptions options)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(segmenter);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (corpus.Count == 0)
        {
            throw new PolicyCompareException("Cannot fit the TF-IDF embedder on an empty corpus: no task text was found.");
        }

        var (featurizer, fitted) = TfidfFeaturizer.Fit(corpus, segmenter, options);
        if (featurizer.FeatureCount == 0)
        {
            throw new PolicyCompareException("Cannot fit the TF-IDF embedder: no word or character n-gram occurs in two texts of the corpus.");
        }

        var n = fitted.Length;
        var gram = Matrix<double>.Build.Dense(n, n);
        for (var i = 0; i < n; i++)
        {
            for (var j = i; j < n; j++)
            {
                var dot = fitted[i].Dot(fitted[j]);
                gram[i, j] = dot;
                gram[j, i] = dot;
            }
        }

        var evd = gram.Evd(Symmetricity.Symmetric);
        var eigenvalues = evd.EigenValues.Select(v => v.Real).ToArray();
        var largestFirst = Enumerable.Range(0, n)
            .Where(i => eigenvalues[i] > 1e-9 * Math.Max(1.0, eigenvalues.Max()))
            .OrderByDescending(i => eigenvalues[i])
            .ThenBy(i => i)
            .ToList();
        var wanted = options.Dimensions ?? Math.Max(2, (int)Math.Ceiling(n / 5.0));
        var keep = wanted == 0 ? largestFirst.Count : Math.Min(wanted, largestFirst.Count);
        var components = new double[keep][];
        var singularValues = new double[keep];
        for (var k = 0; k < keep; k++)
        {
            var column = evd.EigenVectors.Column(largestFirst[k]).ToArray();
            var pivot = column.Select(Math.Abs).Max();
            var sign = Math.Sign(column.First(v => Math.Abs(v) == pivot));
            components[k] = column.Select(v => v * sign).ToArray();
            singularValues[k] = Math.Sqrt(eigenvalues[largestFirst[k]]);
        }

        return new TfidfLsaEmbeddingGenerator(featurizer, fitted, components, singularValues);
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

        // One pass of the ML.NET counting transforms over the whole batch.
        var sparse = _featurizer.Transform(texts);
        var result = new GeneratedEmbeddings<Embedding<float>>(sparse.Length);
        foreach (var vector in sparse)
        {
            cancellationToken.ThrowIfCancellationRequested();
            result.Add(new Embedding<float>(Project(vector)) { ModelId = ProviderName });
        }

        return Task.FromResult(result);
    }

    private float[] Project(SparseVector sparse)
    {
        var similarities = _fitted.Select(f => f.Dot(sparse)).ToArray();
        var vector = new double[_components.Length];
        for (var k = 0; k < vector.Length; k++)
        {
            double sum = 0;
            var component = _components[k];
            for (var i = 0; i < similarities.Length; i++)
            {
                sum += component[i] * similarities[i];
            }

            vector[k] = sum / _singularValues[k];
        }

        var norm = Math.Sqrt(vector.Sum(v => v * v));
        return vector.Select(v => norm == 0 ? 0f : (float)(v / norm)).ToArray();
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
