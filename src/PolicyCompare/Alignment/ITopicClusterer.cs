namespace PolicyCompare.Alignment;

/// <summary>Groups task vectors into topics.</summary>
public interface ITopicClusterer
{
    /// <summary>Partitions the tasks of <paramref name="embeddings"/> into topics.</summary>
    /// <param name="embeddings">One vector per task.</param>
    /// <param name="topicCount">A fixed number of topics, or null to let the clusterer choose.</param>
    /// <returns>The topic of each task.</returns>
    TopicPartition Cluster(TaskEmbeddings embeddings, int? topicCount = null);
}
