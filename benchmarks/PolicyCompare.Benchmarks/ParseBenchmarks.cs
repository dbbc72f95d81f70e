using BenchmarkDotNet.Attributes;
using PolicyCompare.Corpus;
using PolicyCompare.Documents;
using PolicyCompare.Parsing;

namespace PolicyCompare.Benchmarks;

/// <summary>Parser throughput: one plan at a time (characters per second follow from the seed sizes) and the whole seed folder.</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private readonly PlanParser _parser = new();
    private string _largestPlan = string.Empty;

    [GlobalSetup]
    public void Setup() =>
        _largestPlan = File.ReadAllText(Path.Combine(SeedCorpusFiles.Folder, "innermongolia-2016.txt"));

    [Benchmark(Description = "Parse one plan (Inner Mongolia 2016, 32 KB)")]
    public PolicyDocument ParseOnePlan() => _parser.Parse(_largestPlan, new DocumentMetadata("innermongolia-2016"));

    [Benchmark(Description = "Load and parse the seed folder (5 plans)")]
    public PolicyCorpus LoadSeeds() => new FileCorpusLoader(_parser).Load([SeedCorpusFiles.Folder]);
}
