using NUnit.Framework;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using PolicyCompare.Analysis;
using PolicyCompare.DependencyInjection;

namespace PolicyCompare.Tests.DependencyInjection;

[TestFixture]
public sealed class PolicyAnalyzerTests
{
    private static string Seeds => Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds");

    [Test]
    public async Task Default_pipeline_analyses_the_seed_corpus()
    {
        var stages = new List<PipelineStage>();
        var analysis = await PolicyAnalyzer.Create().AnalyzeAsync([Seeds], new SynchronousProgress<PipelineStage>(stages.Add));

        Assert.That(stages, Is.EqualTo(new[] { PipelineStage.Read, PipelineStage.Embed, PipelineStage.Align, PipelineStage.Measure }));
        Assert.That(analysis.Corpus.Documents.Select(d => d.Tasks.Count).Sum(), Is.EqualTo(146));
        var assigned = analysis.Corpus.AllTasks.Count(p => analysis.Topics.TopicOf(new PolicyCompare.Alignment.TaskKey(p.Document.Id, p.Task.Ordinal)) is not null);
        Assert.That(assigned, Is.EqualTo(146), "clustering assigns every task to a topic");
    }

    [Test]
    public async Task Codebook_mode_gives_topics_with_codebook_keys()
    {
        var analysis = await PolicyAnalyzer.Create(b => b.UseCodebook()).AnalyzeAsync([Seeds]);

        Assert.That(analysis.Topics.Topics, Is.Not.Empty);
        Assert.That(analysis.Topics.Topics.All(t => t.Key is not null), Is.True);
    }

    [Test]
    public async Task A_plugged_in_embedding_generator_is_used_for_every_task()
    {
        var generator = new CountingGenerator();
        var services = new ServiceCollection();
        services.AddPolicyCompare().UseEmbeddingGenerator(_ => generator);
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        var analyzer = provider.GetRequiredService<PolicyAnalyzer>();
        var corpus = analyzer.Load([Seeds]);
        var embedding = await analyzer.Aligner.EmbedAsync(corpus);

        Assert.That(generator.Embedded, Is.GreaterThanOrEqualTo(146));
        Assert.That(embedding.Tasks.Keys, Has.Count.EqualTo(146));
    }

    [Test]
    public void Calling_AddPolicyCompare_twice_registers_one_analyzer()
    {
        var services = new ServiceCollection();
        services.AddPolicyCompare();
        services.AddPolicyCompare();

        Assert.That(services.Count(d => d.ServiceType == typeof(PolicyAnalyzer)), Is.EqualTo(1));
    }

    /// <summary>Reports on the calling thread, so the order of stages is observable without a synchronization context.</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }

    /// <summary>A deterministic stand-in for a user's model: a character-histogram vector.</summary>
    private sealed class CountingGenerator : IEmbeddingGenerator<string, Embedding<float>>
    {
        public int Embedded { get; private set; }

        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            var result = new GeneratedEmbeddings<Embedding<float>>();
            foreach (var value in values)
            {
                Embedded++;
                var vector = new float[64];
                foreach (var c in value)
                {
                    vector[c % 64] += 1;
                }

                var norm = MathF.Sqrt(vector.Sum(v => v * v));
                result.Add(new Embedding<float>(vector.Select(v => norm == 0 ? 0 : v / norm).ToArray()));
            }

            return Task.FromResult(result);
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
