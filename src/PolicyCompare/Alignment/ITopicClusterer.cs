namespace PolicyCompare.Alignment;

/// <summary>Groups task vectors into topics.</summary>
public interface ITopicClusterer
{
    /// <summary>Partitions the tasks of <paramref name="embeddings"/> into topics.</summary>
    /// <param name="embeddings">One vector per task.</param>
    /// <param name="topicCount">A fixed number of topics, or null to let the clusterer choose.</param>
    /// <returns>The topic of each task.</returns>
    TopicPartition Cluster(TaskEmbeddings embeddings, int? topicCount = null);

    /// <summary>
    /// Partitions the tasks into topics, telling <paramref name="progress"/> the work done within each step and stopping when
    /// <paramref name="cancellationToken"/> is cancelled; by default the same as <see cref="Cluster(TaskEmbeddings, int?)"/>.
    /// </summary>
    /// <param name="embeddings">One vector per task.</param>
    /// <param name="topicCount">A fixed number of topics, or null to let the clusterer choose.</param>
    /// <param name="progress">Told the work done, or null.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The topic of each task.</returns>
    TopicPartition Cluster(TaskEmbeddings embeddings, int? topicCount, IProgress<WorkProgress>? progress, CancellationToken cancellationToken) =>
        Cluster(embeddings, topicCount);
}
