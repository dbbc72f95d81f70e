using System.Text;
using BenchmarkDotNet.Attributes;
using PolicyCompare.Alignment;
using PolicyCompare.Analysis;
using PolicyCompare.Corpus;
using PolicyCompare.Embeddings;

namespace PolicyCompare.Benchmarks;

/// <summary>
/// The stages that grow with the corpus, on synthetic corpora of 50 and 500 plans: parsing (MB/s), embedding (tasks/s),
/// exact top-k neighbour search (queries/s) and topic clustering (tasks/s). The scaling script
/// (benchmarks/scaling/run.sh) measures whole runs up to 5,000 plans.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ScalingBenchmarks : IThroughput
{
    private readonly PolicyAnalyzer _analyzer = PolicyAnalyzer.Create();
    private string _folder = null!;
    private PolicyCorpus _corpus = null!;
    private CorpusEmbedding _embedding = null!;
    private float[][] _vectors = null!;

    /// <summary>Number of plans.</summary>
    [Params(50, 500)]
    public int Plans { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = SyntheticCorpora.Write(Plans);
        _corpus = _analyzer.Load([_folder]);
        _embedding = _analyzer.Aligner.EmbedAsync(_corpus).GetAwaiter().GetResult();
        _vectors = Enumerable.Range(0, _embedding.Tasks.Keys.Count).Select(i => _embedding.Tasks.VectorAt(i).ToArray()).ToArray();
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Description = "Read and parse the plans")]
    public PolicyCorpus Parse() => _analyzer.Load([_folder]);

    [Benchmark(Description = "Embed every task (fit TF-IDF + LSA, project)")]
    public Task<CorpusEmbedding> Embed() => _analyzer.Aligner.EmbedAsync(_corpus);

    [Benchmark(Description = "Top-10 neighbours of every task (exact, blocked SIMD)")]
    public int Neighbours() => NeighbourSearch.TopK(_vectors, _vectors, 10, new ParallelOptions(), excludeSelf: true).Length;

    [Benchmark(Description = "Cluster the tasks into topics")]
    public TopicPartition Cluster() => new AgglomerativeTopicClusterer(new TopicOptions()).Cluster(_embedding.Tasks);

    /// <inheritdoc />
    public (double Amount, string Unit) Work(string method)
    {
        var corpus = SyntheticCorpora.Of(Plans);
        var tasks = corpus.Sources.Count();
        return method switch
        {
            nameof(Parse) => (corpus.Plans.Sum(p => Encoding.UTF8.GetByteCount(p.Text)) / 1e6, "MB"),
            nameof(Embed) or nameof(Cluster) => (tasks, "tasks"),
            nameof(Neighbours) => (tasks, "queries"),
            _ => (0, string.Empty),
        };
    }
}
