using PolicyCompare.Alignment;
using PolicyCompare.Corpus;

namespace PolicyCompare.Analysis;

/// <summary>The metrics stage: computes a <see cref="CorpusAnalysis"/> from a parsed, topic-aligned corpus.</summary>
public interface ICorpusAnalyzer
{
    /// <summary>Computes coverage, target drift and department load.</summary>
    /// <param name="corpus">The plans.</param>
    /// <param name="topics">Their topics.</param>
    /// <param name="embeddings">Their task embeddings.</param>
    /// <param name="cancellationToken">Cancels the computation.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="PolicyCompareException">Topics or embeddings do not match the corpus, or document ids repeat.</exception>
    Task<CorpusAnalysis> AnalyzeAsync(PolicyCorpus corpus, CorpusTopics topics, TaskEmbeddings embeddings, CancellationToken cancellationToken = default);
}
