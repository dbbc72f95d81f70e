using PolicyCompare.Alignment;
using PolicyCompare.Analysis;
using PolicyCompare.Embeddings;
using PolicyCompare.Tests.Alignment;
using PolicyCompare.Topics;

namespace PolicyCompare.Tests.Topics;

/// <summary>
/// The default pipeline's embedding, topics and kept topic model of the seed plans, fitted once for every test fixture
/// that reads them (all of it is immutable).
/// </summary>
internal sealed record SeedTopicFit(PolicyAnalyzer Analyzer, CorpusEmbedding Embedding, CorpusTopics Topics, TopicModel Model)
{
    private static readonly Lazy<Task<SeedTopicFit>> Shared = new(FitAsync);

    /// <summary>The fit, computed at the first call.</summary>
    public static Task<SeedTopicFit> OnTheSeedsAsync() => Shared.Value;

    private static async Task<SeedTopicFit> FitAsync()
    {
        var analyzer = PolicyAnalyzer.Create();
        var embedding = await analyzer.Aligner.EmbedAsync(TestPlans.Seeds);
        var topics = await analyzer.Aligner.FindTopicsAsync(TestPlans.Seeds, null, embedding);
        return new SeedTopicFit(analyzer, embedding, topics, TopicModel.Create(topics, embedding, new EmbeddingOptions()));
    }
}
