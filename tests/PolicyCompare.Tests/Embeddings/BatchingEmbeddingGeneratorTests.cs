using Microsoft.Extensions.AI;
using NUnit.Framework;
using PolicyCompare.Alignment;
using PolicyCompare.Analysis;
using PolicyCompare.DependencyInjection;
using PolicyCompare.Embeddings;
using PolicyCompare.Tests.Alignment;
using PolicyCompare.Tests.Metrics;

namespace PolicyCompare.Tests.Embeddings;

public sealed class BatchingEmbeddingGeneratorTests
{
    [Test]
    public async Task Texts_GoToTheInnerGeneratorInBatches_InOrder()
    {
        var inner = new CallRecorder();
        var progress = new List<EmbeddingProgress>();
        using var batching = new BatchingEmbeddingGenerator(inner, 64, new SynchronousProgress<EmbeddingProgress>(progress.Add));
        var texts = Enumerable.Range(0, 146).Select(i => $"任务{i}").ToArray();
        var result = await batching.GenerateAsync(texts);
        Assert.Multiple(() =>
        {
            Assert.That(inner.Calls.Select(c => c.Count), Is.EqualTo(new[] { 64, 64, 18 }));
            Assert.That(inner.Calls.SelectMany(c => c), Is.EqualTo(texts));
            Assert.That(result.Select(e => e.Vector.Span[0]), Is.EqualTo(Enumerable.Range(0, 146).Select(i => (float)i)));
            Assert.That(progress, Is.EqualTo(new[] { new EmbeddingProgress(64, 146), new EmbeddingProgress(128, 146), new EmbeddingProgress(146, 146) }));
        });
    }

    [Test]
    public void Cancellation_StopsBeforeTheNextBatch()
    {
        using var cancel = new CancellationTokenSource();
        var inner = new CallRecorder { AfterCall = cancel.Cancel };
        using var batching = new BatchingEmbeddingGenerator(inner, 10);
        Assert.That(async () => await batching.GenerateAsync(Enumerable.Range(0, 35).Select(i => $"t{i}"), cancellationToken: cancel.Token),
            Throws.InstanceOf<OperationCanceledException>());
        Assert.That(inner.Calls, Has.Count.EqualTo(1));
    }

    [Test]
    public void InnerGeneratorReturningTooFewVectors_IsATypedError()
    {
        using var batching = new BatchingEmbeddingGenerator(new CallRecorder { Drop = 1 }, 4);
        Assert.That(async () => await batching.GenerateAsync(["a", "b", "c"]), Throws.InstanceOf<PolicyCompareException>().With.Message.Contains("batch of 3"));
    }

    [Test]
    public void BatchSizeBelowOne_IsRejected() =>
        Assert.That(() => new BatchingEmbeddingGenerator(new CallRecorder(), 0), Throws.InstanceOf<ArgumentOutOfRangeException>());

    [Test]
    public async Task EveryGeneratorCallOfTheAnalysis_IsBatched_AndReportsProgress()
    {
        var inner = new CallRecorder(new KeywordEmbeddingGenerator("医联体", "中医药", "医保", "药品", "公共卫生"));
        var progress = new List<EmbeddingProgress>();
        var analyzer = PolicyAnalyzer.Create(b => b
            .UseEmbeddingGenerator(_ => inner)
            .ConfigureEmbeddings(o => o.BatchSize = 16)
            .UseCodebook()
            .ReportEmbeddingProgress(new SynchronousProgress<EmbeddingProgress>(progress.Add)));
        await analyzer.AnalyzeAsync(TestPlans.Seeds);
        Assert.Multiple(() =>
        {
            Assert.That(inner.Calls, Has.Count.GreaterThan(3));
            Assert.That(inner.Calls.Max(c => c.Count), Is.EqualTo(16));
            Assert.That(progress.Count(p => p.Completed == p.Total), Is.GreaterThanOrEqualTo(3), "tasks, codebook entries and target phrases");
        });
    }

    [Test]
    public async Task BatchSize_DoesNotChangeTheBuiltInTaskVectors()
    {
        var small = await PolicyAnalyzer.Create(b => b.ConfigureEmbeddings(o => o.BatchSize = 7)).Aligner.EmbedAsync(TestPlans.Seeds);
        var large = await PolicyAnalyzer.Create(b => b.ConfigureEmbeddings(o => o.BatchSize = 100_000)).Aligner.EmbedAsync(TestPlans.Seeds);
        Assert.That(small.Tasks.Keys, Is.EqualTo(large.Tasks.Keys));
        foreach (var key in small.Tasks.Keys)
        {
            Assert.That(small.Tasks.VectorOf(key).ToArray(), Is.EqualTo(large.Tasks.VectorOf(key).ToArray()), key.ToString());
        }
    }

    /// <summary>Records each call's texts; embeds text i of the whole stream as [i] unless it wraps another generator.</summary>
    private sealed class CallRecorder(IEmbeddingGenerator<string, Embedding<float>>? inner = null) : IEmbeddingGenerator<string, Embedding<float>>
    {
        private int _next;

        public List<IReadOnlyList<string>> Calls { get; } = [];

        public Action? AfterCall { get; init; }

        public int Drop { get; init; }

        public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            var texts = values.ToList();
            Calls.Add(texts);
            GeneratedEmbeddings<Embedding<float>> result = inner is not null
                ? await inner.GenerateAsync(texts, options, cancellationToken)
                : [.. texts.Select(_ => new Embedding<float>(new[] { (float)_next++ }))];
            AfterCall?.Invoke();
            return Drop == 0 ? result : [.. result.Take(result.Count - Drop)];
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }

    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
