namespace PolicyCompare.DependencyInjection;

/// <summary>Top-level options of the PolicyCompare pipeline.</summary>
public sealed class PolicyCompareOptions
{
    /// <summary>Seed for every randomized step (clustering restarts, projections).</summary>
    /// <value>The default value is 42.</value>
    public int Seed { get; set; } = 42;
}
