using PolicyCompare.Alignment;
using System.Text.Json;
using Microsoft.Extensions.Options;
using NUnit.Framework;
using PolicyCompare.Analysis;
using PolicyCompare.Embeddings;
using PolicyCompare.Export;
using PolicyCompare.Metrics;
using PolicyCompare.Metrics.Coverage;
using PolicyCompare.Metrics.DepartmentLoad;
using PolicyCompare.Metrics.TargetDrift;
using PolicyCompare.Tests.Analysis;
using PolicyCompare.Tests.Metrics;

namespace PolicyCompare.Tests.Export;

public sealed class AnalysisJsonTests
{
    private static async Task<CorpusAnalysis> AnalyzeAsync()
    {
        var corpus = CorpusAnalyzerTests.Sample();
        var options = Options.Create(new MetricsOptions { GapThreshold = 1 });
        var analyzer = new CorpusAnalyzer(new PassageTopicMembershipEstimator(new SpaceSegmenter(), Options.Create(new MembershipOptions())), new CoverageAnalyzer(options), new TargetDriftAnalyzer(new SpaceSegmenter(), options), new DepartmentLoadAnalyzer(options), options);
        return await analyzer.AnalyzeAsync(corpus.Corpus, corpus.Topics, new CorpusEmbedding(corpus.Embeddings, new KeywordEmbeddingGenerator("签约", "覆盖率")));
    }

    [Test]
    public async Task Json_HoldsEveryResult_WithNaNAsNamedLiteralAndEnumsAsStrings()
    {
        var json = AnalysisJson.Serialize(await AnalyzeAsync());
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.That(root.GetProperty("settings").GetProperty("gapThreshold").GetInt32(), Is.EqualTo(1));
        Assert.That(root.GetProperty("plans").EnumerateArray().Select(p => p.GetProperty("documentId").GetString()), Is.EqualTo(new[] { "im", "jm", "jl" }));
        var metric = root.GetProperty("targetDrift").GetProperty("metrics")[0];
        Assert.That(metric.GetProperty("name").GetString(), Is.EqualTo("家庭医生签约服务覆盖率"));
        Assert.That(metric.GetProperty("direction").GetString(), Is.EqualTo("higher"));
        // The 城市 series has one point: its change is undefined.
        var cities = metric.GetProperty("series").EnumerateArray().Single(s => s.GetProperty("population").GetString() == "城市");
        Assert.That(cities.GetProperty("change").GetString(), Is.EqualTo("NaN"));
        Assert.That(root.GetProperty("departmentLoad").GetProperty("notStated")[0].GetProperty("plan").GetProperty("documentId").GetString(), Is.EqualTo("jm"));
        Assert.That(json, Does.Contain("内蒙古自治区"));
    }

    [Test]
    public async Task Json_IsDeterministic()
    {
        var first = AnalysisJson.Serialize(await AnalyzeAsync());
        var second = AnalysisJson.Serialize(await AnalyzeAsync());
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public async Task Writing_to_a_text_writer_gives_the_serialized_document()
    {
        var analysis = await AnalyzeAsync();
        var writer = new StringWriter();
        AnalysisJson.Write(analysis, writer);
        Assert.That(writer.ToString(), Is.EqualTo(AnalysisJson.Serialize(analysis)));
    }
}
