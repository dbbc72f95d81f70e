using Microsoft.ML;
using Microsoft.ML.Transforms.Text;

namespace PolicyCompare.Embeddings;

/// <summary>
/// One block of TF-IDF features (jieba words, character n-grams or thesaurus concepts): its ML.NET counting transforms and
/// how an ML.NET slot name becomes a feature name. Each block is normalized on its own and weighted.
/// </summary>
internal abstract class TermBlock
{
    /// <summary>ML.NET caps vocabularies by default; a corpus's vocabulary is never cut here.</summary>
    protected const int Unlimited = int.MaxValue;

    /// <summary>The blocks, in the order they are counted.</summary>
    public static IReadOnlyList<TermBlock> All { get; } =
    [
        new UnigramTermBlock(nameof(TextTokens.Words), "w:", o => o.WordWeight > 0 ? o.WordWeight : 0, t => t.Words),
        new CharNGramTermBlock(),
        new UnigramTermBlock(nameof(TextTokens.Concepts), "k:", o => o.Concepts.Count > 0 ? o.ConceptWeight : 0, t => t.Concepts),
    ];

    /// <summary>The output column holding the raw term frequencies (a vector of counts, one slot per term).</summary>
    public abstract string CountColumn { get; }

    /// <summary>The weight of the block (0 when the options turn it off).</summary>
    public abstract double Weight(EmbeddingOptions options);

    /// <summary>The block's tokens in a tokenized text.</summary>
    public abstract string[] Tokens(TextTokens tokens);

    /// <summary>The ML.NET transforms that count the block's terms into <see cref="CountColumn"/>.</summary>
    public abstract IEstimator<ITransformer> Counter(MLContext ml, EmbeddingOptions options);

    /// <summary>The feature name of a slot of <see cref="CountColumn"/>, or null when the slot is not a feature.</summary>
    public abstract string? Feature(string slotName, EmbeddingOptions options);

    /// <summary>Raw counts of every n-gram of keys up to <paramref name="length"/>, with slot names, vocabulary uncapped.</summary>
    protected static IEstimator<ITransformer> CountNGrams(MLContext ml, string keyColumn, string countColumn, int length, bool allLengths) =>
        ml.Transforms.Text.ProduceNgrams(
            countColumn,
            keyColumn,
            ngramLength: length,
            useAllLengths: allLengths,
            maximumNgramsCount: Unlimited,
            weighting: NgramExtractingEstimator.WeightingCriteria.Tf);
}
