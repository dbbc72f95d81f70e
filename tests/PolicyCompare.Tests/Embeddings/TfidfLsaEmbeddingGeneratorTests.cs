using NUnit.Framework;
using Microsoft.Extensions.AI;
using PolicyCompare.Alignment;
using PolicyCompare.Corpus;
using PolicyCompare.Embeddings;
using PolicyCompare.Tests.Alignment;
using PolicyCompare.Text;

namespace PolicyCompare.Tests.Embeddings;

public sealed class TfidfLsaEmbeddingGeneratorTests
{
    private static readonly string[] Corpus =
    [
        "推进医联体建设，组建县域医共体。",
        "加强医联体建设，发展县域医共体和专科联盟。",
        "推进药品集中带量采购，扩大采购范围。",
        "落实药品集中带量采购，完善采购平台。",
        "发展中医药事业，建设中医医院。",
        "推动中医药传承创新，支持中医医院。",
    ];

    [Test]
    public void Embed_GivesUnitVectors_CloserForTextsOnOneTheme()
    {
        var generator = TfidfLsaEmbeddingGenerator.Fit(Corpus, new JiebaTextSegmenter(), new EmbeddingOptions { ConceptWeight = 0 });
        var vectors = Corpus.Select(generator.Embed).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(vectors.Select(v => Math.Sqrt(v.Sum(x => (double)x * x))), Is.All.EqualTo(1.0).Within(1e-5));
            Assert.That(Cosine(vectors[0], vectors[1]), Is.GreaterThan(Cosine(vectors[0], vectors[2]) + 0.3));
            Assert.That(Cosine(vectors[4], vectors[5]), Is.GreaterThan(Cosine(vectors[4], vectors[3]) + 0.3));
            Assert.That(generator.Dimensions, Is.EqualTo(2), "one fifth of 6 texts, at least 2");
        });
    }

    [Test]
    public void Fit_IsDeterministic()
    {
        var a = TfidfLsaEmbeddingGenerator.Fit(Corpus, new JiebaTextSegmenter(), new EmbeddingOptions { Dimensions = 4 });
        var b = TfidfLsaEmbeddingGenerator.Fit(Corpus, new JiebaTextSegmenter(), new EmbeddingOptions { Dimensions = 4 });
        Assert.That(Corpus.Select(a.Embed), Is.EqualTo(Corpus.Select(b.Embed)));
    }

    [Test]
    public async Task Vectors_AreTheSameBits_ForAnyThreadCount()
    {
        var texts = TestPlans.Seeds.AllTasks.Select(t => t.Task.Text.Value).ToList();
        var runs = new List<float[][]>();
        foreach (var threads in new[] { 1, 2, 4, -1 })
        {
            var generator = TfidfLsaEmbeddingGenerator.Fit(texts, new JiebaTextSegmenter(), new EmbeddingOptions { MaxDegreeOfParallelism = threads });
            var embedded = await generator.GenerateAsync(texts);
            runs.Add(embedded.Select(e => e.Vector.ToArray()).ToArray());
        }

        Assert.That(runs.Skip(1), Has.All.EqualTo(runs[0]));
    }

    [Test]
    public void Dimensions_AreOneFifthOfTheTexts_CappedByMaxDimensions()
    {
        var texts = TestPlans.Seeds.AllTasks.Select(t => t.Task.Text.Value).ToList();
        var automatic = TfidfLsaEmbeddingGenerator.Fit(texts, new JiebaTextSegmenter(), new EmbeddingOptions());
        var capped = TfidfLsaEmbeddingGenerator.Fit(texts, new JiebaTextSegmenter(), new EmbeddingOptions { MaxDimensions = 12 });
        Assert.Multiple(() =>
        {
            Assert.That(automatic.Dimensions, Is.EqualTo((int)Math.Ceiling(texts.Count / 5.0)));
            Assert.That(capped.Dimensions, Is.EqualTo(12));
        });
    }

    [Test]
    public void Fit_CanBeCancelled()
    {
        var texts = TestPlans.Seeds.AllTasks.Select(t => t.Task.Text.Value).ToList();
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.That(
            () => TfidfLsaEmbeddingGenerator.Fit(texts, new JiebaTextSegmenter(), new EmbeddingOptions(), cancellationToken: cancel.Token),
            Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public async Task GenerateAsync_ImplementsTheMicrosoftExtensionsAIContract()
    {
        IEmbeddingGenerator<string, Embedding<float>> generator = TfidfLsaEmbeddingGenerator.Fit(Corpus, new JiebaTextSegmenter(), new EmbeddingOptions());
        var embeddings = await generator.GenerateAsync(["推进医联体建设", "完全无关的文字"]);
        var metadata = generator.GetService<EmbeddingGeneratorMetadata>();
        Assert.Multiple(() =>
        {
            Assert.That(embeddings, Has.Count.EqualTo(2));
            Assert.That(metadata?.ProviderName, Is.EqualTo(TfidfLsaEmbeddingGenerator.ProviderName));
            Assert.That(embeddings[1].Vector.ToArray(), Is.All.EqualTo(0f), "a text sharing nothing with the corpus maps to zero");
        });
    }

    [Test]
    public void Fit_RejectsAnEmptyCorpus()
    {
        Assert.That(() => TfidfLsaEmbeddingGenerator.Fit([], new JiebaTextSegmenter(), new EmbeddingOptions()), Throws.InstanceOf<PolicyCompareException>());
    }

    [Test]
    public async Task TaskEmbedder_WorksWithAnyPluggedGenerator_AndEmbedsTitleTextAndSection()
    {
        var corpus = new PolicyCorpus([TestPlans.Plan("a", "推进医联体建设。组建医共体。"), TestPlans.Plan("b", "发展中医药。")]);
        var recorder = new RecordingGenerator();
        var embedding = await new TaskEmbedder(new FixedGeneratorProvider(recorder), new EmbeddingOptions()).EmbedAsync(corpus);
        Assert.Multiple(() =>
        {
            Assert.That(recorder.Seen, Is.EqualTo(new[] { "推进医联体建设", "推进医联体建设。组建医共体。", "测试章节", "发展中医药", "发展中医药。", "测试章节" }));
            Assert.That(embedding.Tasks.Keys, Is.EqualTo(new[] { new TaskKey("a", 1), new TaskKey("b", 1) }));
            Assert.That(embedding.Tasks.EmbedderName, Is.EqualTo("recording"));
            Assert.That(embedding.Tasks.VectorOf(new TaskKey("a", 1)).ToArray(), Is.EqualTo(new[] { 1f, 0f }));
        });
    }

    private static double Cosine(float[] a, float[] b) => a.Zip(b).Sum(p => (double)p.First * p.Second);

    // Maps every text to the unit vector (1, 0) and remembers what it was asked to embed.
    private sealed class RecordingGenerator : IEmbeddingGenerator<string, Embedding<float>>
    {
        public List<string> Seen { get; } = [];

        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            var texts = values.ToList();
            Seen.AddRange(texts);
            return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(texts.Select(_ => new Embedding<float>(new float[] { 1, 0 }))));
        }

        public object? GetService(Type serviceType, object? serviceKey = null) =>
            serviceType == typeof(EmbeddingGeneratorMetadata) ? new EmbeddingGeneratorMetadata("recording") : null;

        public void Dispose()
        {
        }
    }
}
