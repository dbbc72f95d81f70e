using System.Text;
using BenchmarkDotNet.Attributes;
using PolicyCompare.Documents;
using PolicyCompare.Parsing;

namespace PolicyCompare.Benchmarks;

/// <summary>
/// Parse time against the number of units: N repeated <c>（一）</c> lines, each a task of its own (the shape that was
/// quadratic). Time per line should stay flat as N grows.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ParseRepeatedUnitsBenchmarks
{
    private readonly PlanParser _parser = new();
    private string _text = string.Empty;

    /// <summary>Number of repeated <c>（一）</c> lines.</summary>
    [Params(50_000, 200_000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup() => _text = string.Concat(Enumerable.Repeat("（一）\n", Lines));

    [Benchmark(Description = "Parse N repeated （一） lines")]
    public PolicyDocument RepeatedLines() => _parser.Parse(_text, new DocumentMetadata("repeated"));
}

/// <summary>
/// Parse time against text size: a plan of M megabytes (UTF-16) made by repeating the Inner Mongolia seed. Time per
/// megabyte should stay flat as M grows.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ParseLargePlanBenchmarks
{
    private readonly PlanParser _parser = new();
    private string _text = string.Empty;

    /// <summary>Approximate size of the plan, in megabytes of UTF-16 text.</summary>
    [Params(5, 50)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var seed = File.ReadAllText(Path.Combine(SeedCorpusFiles.Folder, "innermongolia-2016.txt"));
        var plan = new StringBuilder();
        while (plan.Length * 2L < Megabytes * 1_000_000L)
        {
            plan.Append(seed).Append('\n');
        }

        _text = plan.ToString();
    }

    [Benchmark(Description = "Parse an M-megabyte plan")]
    public PolicyDocument LargePlan() => _parser.Parse(_text, new DocumentMetadata("large"));
}
