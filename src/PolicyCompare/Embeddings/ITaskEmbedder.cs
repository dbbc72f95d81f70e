using PolicyCompare.Corpus;

namespace PolicyCompare.Embeddings;

/// <summary>Turns every task of a corpus into one vector.</summary>
public interface ITaskEmbedder
{
    /// <summary>Embeds the tasks of <paramref name="corpus"/>.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The task vectors and the generator that made them.</returns>
    Task<CorpusEmbedding> EmbedAsync(PolicyCorpus corpus, CancellationToken cancellationToken = default);
}
