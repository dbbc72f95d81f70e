using PolicyCompare.Alignment;
using PolicyCompare.Corpus;
using PolicyCompare.Embeddings;

namespace PolicyCompare.Metrics.TargetDrift;

/// <summary>Aligns numeric targets across plans into metric series and measures how targets and emphasis drift.</summary>
public interface ITargetDriftAnalyzer
{
    /// <summary>Computes target and emphasis drift.</summary>
    /// <param name="corpus">The plans.</param>
    /// <param name="topics">The topics of the same corpus.</param>
    /// <param name="embedding">Task vectors of the same corpus (for the year centroids of topics) and the generator that
    /// made them, which embeds the target phrases into the same space.</param>
    /// <param name="cancellationToken">Cancels embedding of target phrases.</param>
    /// <returns>The drift result.</returns>
    /// <exception cref="PolicyCompareException">Topics or embeddings do not match the corpus, or the embedder returned the wrong number of vectors.</exception>
    Task<TargetDriftResult> AnalyzeAsync(PolicyCorpus corpus, CorpusTopics topics, CorpusEmbedding embedding, CancellationToken cancellationToken = default);
}
