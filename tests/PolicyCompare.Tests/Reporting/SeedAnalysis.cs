using Microsoft.Extensions.DependencyInjection;
using PolicyCompare.Alignment;
using PolicyCompare.Analysis;
using PolicyCompare.Charts;
using PolicyCompare.Reporting.Composition;
using PolicyCompare.Corpus;
using PolicyCompare.Embeddings;
using PolicyCompare.Tests.Parsing;

using PolicyCompare.Reporting;

namespace PolicyCompare.Tests.Reporting;

/// <summary>The seed corpus run through topics, one plan alignment and the metrics, once per test run.</summary>
internal static class SeedAnalysis
{
    private static readonly Lazy<ReportInputs> Inputs = new(Compute, LazyThreadSafetyMode.ExecutionAndPublication);

    public static ReportInputs Load() => Inputs.Value;

    private static ReportInputs Compute()
    {
        var services = new ServiceCollection();
        services.AddAlignmentStage();
        services.AddMetricsStage();
        using ServiceProvider provider = services.BuildServiceProvider();
        var aligner = provider.GetRequiredService<CorpusAligner>();
        var analyzer = provider.GetRequiredService<ICorpusAnalyzer>();

        PolicyCorpus corpus = SeedCorpus.Load();
        CorpusEmbedding embedding = aligner.EmbedAsync(corpus).GetAwaiter().GetResult();
        CorpusTopics topics = aligner.FindTopicsAsync(corpus, embedding: embedding).GetAwaiter().GetResult();
        CorpusAnalysis analysis = analyzer.AnalyzeAsync(corpus, topics, embedding).GetAwaiter().GetResult();
        PlanAlignment alignment = aligner.MatchPlansAsync(corpus, "jilin-2021", "hubei-2024", embedding).GetAwaiter().GetResult();

        return new ReportInputs(analysis, [alignment], AnalysisCharts.TaskMapPoints(analysis));
    }
}
