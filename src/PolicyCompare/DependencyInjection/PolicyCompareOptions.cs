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
}
