using PolicyCompare.Corpus;
using PolicyCompare.Embeddings;

namespace PolicyCompare.Alignment;

/// <summary>Assigns tasks to the topics of a codebook.</summary>
public interface ICodebookTopicAssigner
{
    /// <summary>Assigns every task of the corpus to its best codebook topic, or to none when nothing fits.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="embedding">The corpus's task vectors and the generator that made them.</param>
    /// <param name="codebook">The codebook.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>One topic per codebook entry that received a task (key and English name set), ids in codebook order.</returns>
    Task<CorpusTopics> AssignAsync(PolicyCorpus corpus, CorpusEmbedding embedding, TopicCodebook codebook, CancellationToken cancellationToken = default);
}
