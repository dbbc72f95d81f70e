using Microsoft.Extensions.AI;

namespace PolicyCompare.Embeddings;

/// <summary>Supplies the embedding generator used for a corpus: fitted on it (the built-in default) or fixed (a user model).</summary>
public interface ICorpusEmbeddingGeneratorProvider
{
    /// <summary>The generator to embed the texts of one corpus with.</summary>
    /// <param name="corpusTexts">The corpus's task texts, for generators that fit on the data.</param>
    /// <returns>A generator; texts embedded later (codebook descriptions) go through the same one.</returns>
    IEmbeddingGenerator<string, Embedding<float>> ForCorpus(IReadOnlyList<string> corpusTexts);

    /// <summary>The generator for one corpus, with cancellation of the fit; by default the same as <see cref="ForCorpus(IReadOnlyList{string})"/>.</summary>
    /// <param name="corpusTexts">The corpus's task texts, for generators that fit on the data.</param>
    /// <param name="cancellationToken">Cancels the fit.</param>
    /// <returns>A generator; texts embedded later (codebook descriptions) go through the same one.</returns>
    IEmbeddingGenerator<string, Embedding<float>> ForCorpus(IReadOnlyList<string> corpusTexts, CancellationToken cancellationToken) => ForCorpus(corpusTexts);
}
