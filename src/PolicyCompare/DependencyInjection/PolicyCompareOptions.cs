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
    public const int DefaultMaxClusteringTasks = 3000;

    /// <summary>
    /// Most tasks a corpus may have for topic clustering. Embedding and average-linkage clustering hold task × task
    /// matrices (memory grows with the square of the task count, time faster), so a corpus above the limit is refused
    /// before any embedding starts, with an error naming this option (CLI: <c>--max-tasks</c>); codebook mode is not limited.
    /// </summary>
    /// <value>The default value is <see cref="DefaultMaxClusteringTasks"/> (3,000 tasks, about 100 plans of 30 tasks: a corpus of 2,044 tasks took about 5 minutes to embed on the shared 2-core build machine, and one of 7,446 was still embedding after 5 minutes at 785 MB).</value>
    [Range(2, int.MaxValue)]
    public int MaxClusteringTasks { get; set; } = DefaultMaxClusteringTasks;
}
