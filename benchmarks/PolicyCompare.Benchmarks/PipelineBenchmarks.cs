using BenchmarkDotNet.Attributes;
using PolicyCompare.Analysis;
using PolicyCompare.Corpus;

namespace PolicyCompare.Benchmarks;

/// <summary>The whole pipeline (embed, topics, measures) on the seeds and on larger corpora made from them.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private readonly PolicyAnalyzer _analyzer = PolicyAnalyzer.Create();
    private PolicyCorpus _corpus = null!;
    private string? _folder;

    /// <summary>Number of plans in the corpus.</summary>
    [Params(5, 20)]
    public int Plans { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Plans == 5 ? null : SeedCorpusFiles.Replicate(Plans);
        _corpus = _analyzer.Load([_folder ?? SeedCorpusFiles.Folder]);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Benchmark(Description = "Embed every task")]
    public Task EmbedAsync() => _analyzer.Aligner.EmbedAsync(_corpus);

    [Benchmark(Description = "Embed, find topics, measure")]
    public Task<CorpusAnalysis> AnalyzeAsync() => _analyzer.AnalyzeAsync(_corpus);
}
