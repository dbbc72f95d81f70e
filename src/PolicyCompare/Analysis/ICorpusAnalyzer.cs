using PolicyCompare.Alignment;
using PolicyCompare.Corpus;
using PolicyCompare.Embeddings;

namespace PolicyCompare.Analysis;

/// <summary>The metrics stage: computes a <see cref="CorpusAnalysis"/> from a parsed, topic-aligned corpus.</summary>
public interface ICorpusAnalyzer
{
    /// <summary>Computes coverage, target drift and department load.</summary>
    /// <param name="corpus">The plans.</param>
    /// <param name="topics">Their topics.</param>
    /// <param name="embedding">Their task vectors and the generator that made them (it also embeds target phrases).</param>
    /// <param name="cancellationToken">Cancels the computation.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="PolicyCompareException">Topics or embeddings do not match the corpus, or document ids repeat.</exception>
    Task<CorpusAnalysis> AnalyzeAsync(PolicyCorpus corpus, CorpusTopics topics, CorpusEmbedding embedding, CancellationToken cancellationToken = default);
}
