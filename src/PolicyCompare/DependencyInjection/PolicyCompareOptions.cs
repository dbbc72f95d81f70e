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
    public const int DefaultMaxClusteringTasks = 300_000;

    /// <summary>
    /// Most tasks a corpus may have for topic clustering: a guard against a run that would exhaust the machine (memory and
    /// time grow with the task count), so a corpus above the limit is refused before any embedding starts, with an error
    /// naming this option (CLI: <c>--max-tasks</c>); codebook mode is not limited.
    /// </summary>
    /// <value>The default value is <see cref="DefaultMaxClusteringTasks"/> (300,000 tasks, about 10,000 plans: past 3,000 tasks the
    /// clusterer works on k-means micro-clusters, so memory grows about linearly with the task count; see the README's
    /// performance section for measured sizes).</value>
    [Range(2, int.MaxValue)]
    public int MaxClusteringTasks { get; set; } = DefaultMaxClusteringTasks;
}
