using PolicyCompare.Corpus;

namespace PolicyCompare.Alignment;

/// <summary>Names topics: keywords, a readable label, the most central task.</summary>
public interface ITopicLabeler
{
    /// <summary>Builds labelled topics from a partition.</summary>
    /// <param name="corpus">The corpus the tasks come from.</param>
    /// <param name="embeddings">The task vectors the partition was made from.</param>
    /// <param name="partition">The topic of each task.</param>
    /// <returns>One labelled topic per partition block, ids <c>T01</c>, <c>T02</c>… in order of their first task.</returns>
    IReadOnlyList<CorpusTopic> Label(PolicyCorpus corpus, TaskEmbeddings embeddings, TopicPartition partition);
}
