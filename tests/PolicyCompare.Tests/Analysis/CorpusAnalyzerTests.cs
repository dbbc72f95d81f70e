using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NUnit.Framework;
using PolicyCompare.Analysis;
using PolicyCompare.Embeddings;
using PolicyCompare.Export;
using PolicyCompare.Metrics;
using PolicyCompare.Metrics.Coverage;
using PolicyCompare.Tests.Metrics;
using PolicyCompare.Text;
using static PolicyCompare.Documents.ResponsibilityRole;

namespace PolicyCompare.Tests.Analysis;

public sealed class CorpusAnalyzerTests
{
    internal static TestCorpus Sample() => new(
        new PlanBuilder("im", "内蒙古自治区", 2016)
            .Task("扩大家庭医生签约服务。到2016年底，城市家庭医生签约服务覆盖率达到15%以上，重点人群签约服务覆盖率达到30%以上。", "family", ("health", Lead), ("finance", Co), ("disabled", Participate))
            .Target("15%以上", 15, deadline: 2016)
            .Target("30%以上", 30, deadline: 2016)
            .Task("推进分级诊疗，\"基层首诊\"、双向转诊。", "tiers", ("health", Lead)),
        new PlanBuilder("jm", "荆门市", 2017)
            .Task("全面推开分级诊疗制度建设。家庭医生(团队)签约服务覆盖率达到30%以上，重点人群覆盖率达到60%以上", "tiers")
            .Target("30%以上", 30)
            .Target("60%以上", 60)
            .Task("公共卫生，居民健康。", "public"),
        new PlanBuilder("jl", "吉林省", 2021)
            .Task("加快推进分级诊疗体系建设，\n发展社区医院。", "tiers", ("health", Lead), ("finance", Participate))
            .Task("药品集中采购，\"两票制\"，\n带量采购。", "drugs", ("medical-security", Lead), ("health", Co)));

    private static ServiceProvider Services(Action<MetricsOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<ITextSegmenter, SpaceSegmenter>();
        services.AddMetricsStage(configure);
        return services.BuildServiceProvider();
    }

    [Test]
    public async Task AnalyzerFromTheContainer_ComputesAllThreeMeasures()
    {
        using var provider = Services(o => o.GapThreshold = 1);
        var corpus = Sample();
        var analysis = await provider.GetRequiredService<ICorpusAnalyzer>().AnalyzeAsync(corpus.Corpus, corpus.Topics, new CorpusEmbedding(corpus.Embeddings, new KeywordEmbeddingGenerator("签约", "覆盖率")));
        Assert.That(analysis.Settings.GapThreshold, Is.EqualTo(1));
        Assert.That(analysis.Settings.TopicMethod, Is.EqualTo("test"));
        Assert.That(analysis.Coverage.Matrix.Plans.Select(p => p.DocumentId), Is.EqualTo(new[] { "im", "jm", "jl" }));
        Assert.That(analysis.TargetDrift.Metrics.Single().Name, Is.EqualTo("家庭医生签约服务覆盖率"));
        Assert.That(analysis.DepartmentLoad.NotStated.Select(n => n.Plan.DocumentId), Is.EqualTo(new[] { "jm" }));
    }

    [Test]
    public void InvalidOptions_AreRejectedWithEveryProblem()
    {
        var options = new MetricsOptions { GapThreshold = 0, MetricSimilarityThreshold = 0.9, CrossTopicMetricSimilarityThreshold = 0.8 };
        Assert.That(options.Validate(), Has.Count.EqualTo(2));
        Assert.That(() => new CoverageAnalyzer(Options.Create(options)), Throws.InstanceOf<PolicyCompareException>().With.Message.Contains("GapThreshold"));
        using var provider = Services(o => o.LeadWeight = -1);
        Assert.That(() => provider.GetRequiredService<ICorpusAnalyzer>(), Throws.InstanceOf<OptionsValidationException>());
    }

    [Test]
    public async Task SameInputTwice_GivesByteIdenticalCsv()
    {
        var first = await AnalyzeFreshAsync();
        var second = await AnalyzeFreshAsync();
        // Fresh folders: WriteCsv refuses a non-empty folder it did not write, e.g. one left by an older build.
        var scratch = Directory.CreateTempSubdirectory("pc-determinism-").FullName;
        var dir1 = Path.Combine(scratch, "determinism-1");
        var dir2 = Path.Combine(scratch, "determinism-2");
        var files1 = first.WriteCsv(dir1);
        var files2 = second.WriteCsv(dir2);
        Assert.That(files1.Select(Path.GetFileName), Is.EqualTo(files2.Select(Path.GetFileName)));
        Assert.That(files1, Has.Count.EqualTo(19));
        for (var i = 0; i < files1.Count; i++)
        {
            Assert.That(File.ReadAllBytes(files1[i]), Is.EqualTo(File.ReadAllBytes(files2[i])), Path.GetFileName(files1[i]));
        }

        Directory.Delete(scratch, recursive: true);
    }

    [Test]
    public async Task EveryTable_HasAMatchingDataFrame()
    {
        var analysis = await AnalyzeFreshAsync();
        var frames = analysis.Coverage.ToDataFrames();
        Assert.That(frames.Keys, Is.EqualTo(new[] { "coverage-matrix", "coverage-regions", "coverage-gaps", "coverage-similarity" }));
        // 3 plans × 4 topics.
        Assert.That(analysis.Coverage.ToDataFrame().Rows, Has.Count.EqualTo(12));
        Assert.That(analysis.TargetDrift.ToDataFrame().Rows, Has.Count.EqualTo(4));
        Assert.That(analysis.DepartmentLoad.ToDataFrame().Columns["agency_key"][0], Is.EqualTo("health"));
        foreach (var table in analysis.ToTables())
        {
            Assert.That(table.ToDataFrame().Rows, Has.Count.EqualTo(table.Rows.Count), table.Name);
        }
    }

    [Test]
    public async Task CsvRoundTrip_OfGapEvidenceWithQuotesCommasAndLineBreaks()
    {
        // Plans of the same year, so that a topic only one plan has is a gap of the others (k = 1), not "not yet on the agenda".
        var corpus = new TestCorpus(
            new PlanBuilder("a", "甲", 2021).Task("药品集中采购，\"两票制\"，\n带量采购。", "drugs"),
            new PlanBuilder("b", "乙", 2021).Task("公共卫生，居民健康。", "public"),
            new PlanBuilder("c", "丙", 2021).Task("分级诊疗。", "tiers"));
        using var provider = Services(o => o.GapThreshold = 1);
        var analysis = await provider.GetRequiredService<ICorpusAnalyzer>().AnalyzeAsync(corpus.Corpus, corpus.Topics, new CorpusEmbedding(corpus.Embeddings, new KeywordEmbeddingGenerator("签约")));
        var gaps = analysis.Coverage.ToTables().Single(t => t.Name == "coverage-gaps");
        var records = Tests.Export.CsvReader.Read(CsvTableWriter.ToCsv(gaps));
        var column = records[0].IndexOf("evidence_title");
        var titles = records.Skip(1).Select(r => r[column]).ToArray();
        Assert.That(titles.Count(t => t == "药品集中采购，\"两票制\"，\n带量采购"), Is.EqualTo(2));
        Assert.That(titles.Count(t => t == "公共卫生，居民健康"), Is.EqualTo(2));
    }

    [Test]
    public async Task ATopicOnlyALaterPlanHas_IsNotAGapOfEarlierPlans()
    {
        // The drugs topic is only in Jilin 2021: Inner Mongolia 2016 and Jingmen 2017 could not have had it yet.
        var analysis = await AnalyzeFreshAsync();
        Assert.That(analysis.Coverage.Regions.SelectMany(r => r.Gaps).Where(g => g.TopicId == "drugs"), Is.Empty);
        Assert.That(analysis.Coverage.Regions.SelectMany(r => r.NotYetOnAgenda).Where(n => n.TopicId == "drugs").Select(n => n.DocumentId),
            Is.EqualTo(new[] { "im", "jm" }));
    }

    private static async Task<CorpusAnalysis> AnalyzeFreshAsync()
    {
        using var provider = Services(o => o.GapThreshold = 1);
        var corpus = Sample();
        return await provider.GetRequiredService<ICorpusAnalyzer>().AnalyzeAsync(corpus.Corpus, corpus.Topics, new CorpusEmbedding(corpus.Embeddings, new KeywordEmbeddingGenerator("签约", "覆盖率")));
    }
}
