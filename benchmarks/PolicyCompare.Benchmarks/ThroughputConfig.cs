using BenchmarkDotNet.Configs;

namespace PolicyCompare.Benchmarks;

/// <summary>Adds the <see cref="ThroughputColumn"/> to a benchmark class's summary.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig() => AddColumn(new ThroughputColumn());
}
