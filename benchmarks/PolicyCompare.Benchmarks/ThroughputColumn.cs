using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PolicyCompare.Benchmarks;

/// <summary>
/// A column with the work done per second (megabytes parsed, tasks embedded, queries searched…): the amount of work a
/// benchmark declares through <see cref="IThroughput"/> divided by its mean time.
/// </summary>
public sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "Throughput";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => false;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Work done per second of mean time";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } statistics || Activator.CreateInstance(benchmarkCase.Descriptor.Type) is not IThroughput throughput)
        {
            return "-";
        }

        foreach (var parameter in benchmarkCase.Parameters.Items)
        {
            benchmarkCase.Descriptor.Type.GetProperty(parameter.Name)?.SetValue(throughput, parameter.Value);
        }

        var (amount, unit) = throughput.Work(benchmarkCase.Descriptor.WorkloadMethod.Name);
        return amount <= 0 ? "-" : $"{amount / (statistics.Mean / 1e9):N1} {unit}/s";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}

/// <summary>A benchmark class that says how much work one call of a benchmark method does (for <see cref="ThroughputColumn"/>).</summary>
public interface IThroughput
{
    /// <summary>The work of one call of <paramref name="method"/> with the current parameters, and its unit (MB, tasks…).</summary>
    (double Amount, string Unit) Work(string method);
}
