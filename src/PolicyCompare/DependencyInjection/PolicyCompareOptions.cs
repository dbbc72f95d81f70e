using System.ComponentModel.DataAnnotations;

namespace PolicyCompare.DependencyInjection;

/// <summary>How tasks are grouped into topics.</summary>
public enum TopicMode
{
    /// <summary>Topics are found by clustering the task embeddings (the number of topics chosen automatically).</summary>
    Clustering,
    /// <summary>Tasks are assigned to the entries of a topic codebook.</summary>
    Codebook,
}

/// <summary>Top-level options of the PolicyCompare pipeline.</summary>
public sealed class PolicyCompareOptions
{
    /// <summary>How tasks are grouped into topics.</summary>
    /// <value>The default value is <see cref="TopicMode.Clustering"/>.</value>
    [EnumDataType(typeof(TopicMode))]
    public TopicMode TopicMode { get; set; } = TopicMode.Clustering;

    /// <summary>The default <see cref="MaxClusteringTasks"/>.</summary>
    public const int DefaultMaxClusteringTasks = 200_000;

    /// <summary>
    /// Most tasks a corpus may have for topic clustering; a corpus above the limit is refused before any embedding starts,
    /// with an error naming this option (CLI: <c>--max-tasks</c>); codebook mode is not limited. Embedding and clustering
    /// grow about linearly in time and memory (randomized SVD of the sparse TF-IDF matrix, k-means micro-clusters past
    /// 3,000 tasks), so the limit guards against a wrong folder rather than against the engine.
    /// </summary>
    /// <value>The default value is <see cref="DefaultMaxClusteringTasks"/> (200,000 tasks: 5,000 synthetic plans, 145,774 tasks, were analysed on the shared 2-core build machine; see the README's performance section).</value>
    [Range(2, int.MaxValue)]
    public int MaxClusteringTasks { get; set; } = DefaultMaxClusteringTasks;
}
