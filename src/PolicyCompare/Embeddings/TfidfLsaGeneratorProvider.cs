using Microsoft.Extensions.AI;
using PolicyCompare.Alignment;
using PolicyCompare.Text;

namespace PolicyCompare.Embeddings;

/// <summary>Fits a <see cref="TfidfLsaEmbeddingGenerator"/> on each corpus (the default when no generator is registered).</summary>
/// <param name="segmenter">The word segmenter.</param>
/// <param name="options">Embedding options.</param>
/// <param name="codebook">The codebook whose keywords serve as the concept thesaurus when <see cref="EmbeddingOptions.Concepts"/> is empty.</param>
/// <param name="progress">Told the steps of each fit (step <c>LSA</c>, see <see cref="TfidfLsaEmbeddingGenerator.Fit"/>), or null.</param>
public sealed class TfidfLsaGeneratorProvider(ITextSegmenter segmenter, EmbeddingOptions options, TopicCodebook codebook, IProgress<WorkProgress>? progress = null)
    : ICorpusEmbeddingGeneratorProvider
{
    /// <inheritdoc />
    public IEmbeddingGenerator<string, Embedding<float>> ForCorpus(IReadOnlyList<string> corpusTexts) => ForCorpus(corpusTexts, CancellationToken.None);

    /// <inheritdoc />
    public IEmbeddingGenerator<string, Embedding<float>> ForCorpus(IReadOnlyList<string> corpusTexts, CancellationToken cancellationToken)
    {
        var effective = options;
        if (options.ConceptWeight > 0 && options.Concepts.Count == 0)
        {
            effective = Copy(options);
            foreach (var entry in codebook.Entries)
            {
                effective.Concepts[entry.Key] = entry.Keywords;
            }
        }

        return TfidfLsaEmbeddingGenerator.Fit(corpusTexts, segmenter, effective, progress, cancellationToken);
    }

    private static EmbeddingOptions Copy(EmbeddingOptions o) => new()
    {
        Dimensions = o.Dimensions,
        MaxDimensions = o.MaxDimensions,
        RandomSeed = o.RandomSeed,
        MaxDegreeOfParallelism = o.MaxDegreeOfParallelism,
        CharNGramMin = o.CharNGramMin,
        CharNGramMax = o.CharNGramMax,
        WordWeight = o.WordWeight,
        CharNGramWeight = o.CharNGramWeight,
        ConceptWeight = o.ConceptWeight,
        SublinearTf = o.SublinearTf,
        MinDocumentFrequency = o.MinDocumentFrequency,
        TitleWeight = o.TitleWeight,
        TextWeight = o.TextWeight,
        SectionWeight = o.SectionWeight,
        AgencyWeight = o.AgencyWeight,
    };
}
