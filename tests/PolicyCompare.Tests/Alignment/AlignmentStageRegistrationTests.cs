using NUnit.Framework;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using PolicyCompare.Alignment;
using PolicyCompare.Corpus;
using PolicyCompare.Embeddings;

namespace PolicyCompare.Tests.Alignment;

public sealed class AlignmentStageRegistrationTests
{
    [Test]
    public async Task AddAlignmentStage_ResolvesTheBuiltInPipeline()
    {
        using var provider = new ServiceCollection().AddAlignmentStage().BuildServiceProvider();
        var corpus = new PolicyCorpus([TestPlans.Plan("a", "推进医联体建设。", "发展中医药。"), TestPlans.Plan("b", "加强医联体建设。", "振兴中医药。")]);
        var aligner = provider.GetRequiredService<CorpusAligner>();
        var embedding = await aligner.EmbedAsync(corpus);
        Assert.Multiple(() =>
        {
            Assert.That(provider.GetRequiredService<ICorpusEmbeddingGeneratorProvider>(), Is.InstanceOf<TfidfLsaGeneratorProvider>());
            Assert.That(embedding.Tasks.EmbedderName, Is.EqualTo(TfidfLsaEmbeddingGenerator.ProviderName));
        });
    }

    [Test]
    public void AddAlignmentStage_UsesAUserRegisteredEmbeddingGenerator()
    {
        var services = new ServiceCollection();
        var generator = TfidfLsaEmbeddingGenerator.Fit(["推进医联体建设", "加强医联体建设"], new PolicyCompare.Text.JiebaTextSegmenter(), new EmbeddingOptions());
        services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(generator);
        using var provider = services.AddAlignmentStage().BuildServiceProvider();
        var used = provider.GetRequiredService<ICorpusEmbeddingGeneratorProvider>().ForCorpus(["任何文字"]);
        Assert.That(used, Is.SameAs(generator));
    }
}
