namespace PolicyCompare.Embeddings;

/// <summary>
/// The fitted state of the built-in TF-IDF + LSA embedder: everything needed to embed new texts into the space it was
/// fitted in, as plain serialisable values (see <see cref="TfidfLsaEmbeddingGenerator.State"/> and
/// <see cref="TfidfLsaEmbeddingGenerator.FromState"/>).
/// </summary>
/// <remarks>
/// A text's TF-IDF vector is rebuilt from its terms exactly as in the fit (see <see cref="TfidfFeaturizer"/>): TF is
/// 1 + ln(tf) when <see cref="SublinearTf"/>, times <see cref="InverseDocumentFrequencies"/>; each block (<c>w:</c> words,
/// <c>c:</c> character n-grams, <c>k:</c> concepts) is L2-normalized and scaled by its weight; the vector is projected
/// on <see cref="Components"/> and L2-normalized.
/// </remarks>
/// <param name="Features">Feature names in index order, each prefixed by its block (<c>w:</c>, <c>c:</c>, <c>k:</c>).</param>
/// <param name="InverseDocumentFrequencies">IDF of each feature, ln((1 + n) / (1 + df)) + 1 over the fitted corpus.</param>
/// <param name="WordWeight">Weight of the jieba word block (0: off).</param>
/// <param name="CharNGramWeight">Weight of the character n-gram block (0: off).</param>
/// <param name="ConceptWeight">Weight of the concept block (0: off).</param>
/// <param name="CharNGramMin">Shortest character n-gram.</param>
/// <param name="CharNGramMax">Longest character n-gram.</param>
/// <param name="SublinearTf">Whether term frequency is 1 + ln(tf).</param>
/// <param name="Concepts">The concept thesaurus: concept key → its terms.</param>
/// <param name="Dimensions">Number of LSA dimensions.</param>
/// <param name="Components">Features × dimensions loadings, row-major (row f is feature f's loading on each dimension).</param>
public sealed record TfidfLsaState(
    IReadOnlyList<string> Features,
    IReadOnlyList<double> InverseDocumentFrequencies,
    double WordWeight,
    double CharNGramWeight,
    double ConceptWeight,
    int CharNGramMin,
    int CharNGramMax,
    bool SublinearTf,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Concepts,
    int Dimensions,
    IReadOnlyList<float> Components)
{
    /// <summary>Checks that the parts fit together.</summary>
    /// <returns>Null when valid, otherwise what is wrong.</returns>
    public string? Problem() =>
        Features is null || InverseDocumentFrequencies is null || Components is null || Concepts is null ? "a part of the embedder state is missing"
        : Features.Count == 0 ? "the embedder has no feature"
        : InverseDocumentFrequencies.Count != Features.Count ? $"{Features.Count} features but {InverseDocumentFrequencies.Count} IDF values"
        : Dimensions < 1 ? $"{Dimensions} dimensions"
        : Components.Count != (long)Features.Count * Dimensions ? $"{Components.Count} component values for {Features.Count} features × {Dimensions} dimensions"
        : Features.Distinct(StringComparer.Ordinal).Count() != Features.Count ? "a feature name repeats"
        : CharNGramMin < 0 || CharNGramMax < CharNGramMin ? $"character n-gram lengths {CharNGramMin}–{CharNGramMax}"
        : null;

    /// <summary>The embedding options that tokenize a text as the fit did.</summary>
    internal EmbeddingOptions TokenOptions(int maxDegreeOfParallelism) => new()
    {
        WordWeight = WordWeight,
        CharNGramWeight = CharNGramWeight,
        ConceptWeight = ConceptWeight,
        CharNGramMin = CharNGramMin,
        CharNGramMax = CharNGramMax,
        SublinearTf = SublinearTf,
        Concepts = new Dictionary<string, IReadOnlyList<string>>(Concepts, StringComparer.Ordinal),
        MaxDegreeOfParallelism = maxDegreeOfParallelism,
    };
}
