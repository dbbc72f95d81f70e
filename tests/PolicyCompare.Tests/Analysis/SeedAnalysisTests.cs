using Microsoft.Extensions.Options;
using NUnit.Framework;
using PolicyCompare.Alignment;
using PolicyCompare.Analysis;
using PolicyCompare.Embeddings;
using PolicyCompare.Export;
using PolicyCompare.Metrics;
using PolicyCompare.Metrics.Coverage;
using PolicyCompare.Metrics.DepartmentLoad;
using PolicyCompare.Metrics.TargetDrift;
using PolicyCompare.Tests.Parsing;
using PolicyCompare.Text;

namespace PolicyCompare.Tests.Analysis;

/// <summary>
/// The metrics on the five seed plans, checked against what a reader can count in the documents. The parser and the
/// built-in aligner (jieba + TF-IDF/LSA, clustered topics) run first; expected values come from the source text.
/// </summary>
public sealed class SeedAnalysisTests
{
    private static readonly Lazy<Task<(CorpusTopics Topics, CorpusEmbedding Embedding)>> Aligned = new(async () =>
    {
        var aligner = PolicyAnalyzer.Create().Aligner;
        var embedding = await aligner.EmbedAsync(SeedCorpus.Load());
        return (await aligner.FindTopicsAsync(SeedCorpus.Load(), null, embedding), embedding);
    });

    private static readonly Lazy<Task<CorpusAnalysis>> Analysis = new(AnalyzeAsync);

    private static async Task<CorpusAnalysis> AnalyzeAsync()
    {
        var (topics, embedding) = await Aligned.Value;
        var options = Options.Create(new MetricsOptions());
        var analyzer = new CorpusAnalyzer(
            new PassageTopicMembershipEstimator(new JiebaTextSegmenter(new SegmenterOptions()), Options.Create(new MembershipOptions())),
            new CoverageAnalyzer(options),
            new TargetDriftAnalyzer(new JiebaTextSegmenter(new SegmenterOptions()), options),
            new DepartmentLoadAnalyzer(options),
            options);
        return await analyzer.AnalyzeAsync(SeedCorpus.Load(), topics, embedding);
    }

    [Test]
    public async Task Jingmen_StatesNoDepartments_AndIsReportedAsNotStated()
    {
        var load = (await Analysis.Value).DepartmentLoad;
        Assert.That(load.NotStated.Select(n => (n.Plan.DocumentId, n.TaskCount)), Is.EqualTo(new[] { ("jingmen-2017", 29) }));
        Assert.That(load.Loads.Any(l => l.Plan.DocumentId == "jingmen-2017"), Is.False);
        Assert.That(load.Concentration.Any(c => c.Plan.DocumentId == "jingmen-2017"), Is.False);
        Assert.That(load.Comparison.Any(c => c.Plan.DocumentId == "jingmen-2017"), Is.False);
    }

    [TestCase("innermongolia-2016", 32, 46)] // 32 of the 46 department parentheses begin with 自治区卫生计生委 (first listed = lead)
    [TestCase("jilin-2021", 12, 20)] // 12 of 20 parentheses begin with 省卫生健康委; it is named in 17
    [TestCase("hubei-2024", 22, 31)] // 22 of 31 parentheses begin with 省卫健委; it is named in all 31
    public async Task HealthCommission_LeadCount_MatchesTheDocuments(string plan, int led, int stated)
    {
        var health = (await Analysis.Value).DepartmentLoad.Comparison.Single(c => c.AgencyKey == "health-commission" && c.Plan.DocumentId == plan);
        Assert.That((health.Led, health.StatedTaskCount), Is.EqualTo((led, stated)));
        Assert.That(health.LeadShare, Is.EqualTo((double)led / stated).Within(1e-12));
    }

    [Test]
    public async Task Jilin_HealthCommission_IsNamedIn17Of20Tasks()
    {
        var health = (await Analysis.Value).DepartmentLoad.Loads.Single(l => l.Plan.DocumentId == "jilin-2021" && l.AgencyKey == "health-commission");
        Assert.That((health.TasksInvolved, health.InvolvementShare), Is.EqualTo((17, 0.85)));
    }

    [Test]
    public async Task InnerMongolia_ParticipantsAfter参与_CountAsParticipating()
    {
        var loads = (await Analysis.Value).DepartmentLoad.Loads.Where(l => l.Plan.DocumentId == "innermongolia-2016").ToDictionary(l => l.AgencyKey);
        // 自治区残联参与 closes three parentheses and 自治区总工会、残联参与 a fourth; 统计局 and 网信办 participate twice
        // (…经济和信息化委、网信办、统计局参与); the health commission participates once (…卫生计生委参与, food and drug task).
        Assert.That(loads["disabled-persons-federation"].Participating, Is.EqualTo(4));
        Assert.That(loads["trade-union"].Participating, Is.EqualTo(1));
        Assert.That((loads["statistics"].Participating, loads["cyberspace"].Participating), Is.EqualTo((2, 2)));
        Assert.That(loads["health-commission"].Participating, Is.EqualTo(1));
        Assert.That(loads.Values.Sum(l => l.Participating), Is.GreaterThanOrEqualTo(14)); // 14 parentheses end in 参与
    }

    [Test]
    public async Task FamilyDoctorCoverage_IsOneSeries_AcrossInnerMongolia2016AndJingmen2017()
    {
        var metric = (await Analysis.Value).TargetDrift.Metrics.Single(m => m.Name == "家庭医生签约服务覆盖率");
        // Inner Mongolia: 城市家庭医生签约服务覆盖率达到15%以上，重点人群签约服务覆盖率达到30%以上 (by end of 2016).
        // Jingmen: 家庭医生(团队)签约服务覆盖率达到30%以上，重点人群覆盖率达到60%以上.
        Assert.That(metric.Points.Select(p => (p.Plan.DocumentId, p.Population, p.Value, p.Comparator)), Is.EqualTo(new[]
        {
            ("innermongolia-2016", "城市", 15.0, Documents.TargetComparator.AtLeast),
            ("innermongolia-2016", "重点人群", 30.0, Documents.TargetComparator.AtLeast),
            ("jingmen-2017", "全体", 30.0, Documents.TargetComparator.AtLeast),
            ("jingmen-2017", "重点人群", 60.0, Documents.TargetComparator.AtLeast),
        }));
        // Two regions, one plan each: a cross-region comparison (30 vs 60 for key groups), not a change over a year.
        var keyGroups = metric.Series.Single(s => s.Population == "重点人群");
        Assert.That((keyGroups.Change, keyGroups.ChangePerYear, keyGroups.CrossRegion), Is.EqualTo((double.NaN, double.NaN, true)));
        Assert.That((keyGroups.Min, keyGroups.Max), Is.EqualTo((30.0, 60.0)));
        Assert.That(metric.Flags, Is.Empty);
        Assert.That(metric.Points.Select(p => p.Plan.Level).Distinct(), Is.EqualTo(new[] { "autonomous-region", "city" }));
    }

    [Test]
    public async Task CoverageRows_AreThePlansByYearThenId_WithSharesSummingToOne()
    {
        var coverage = (await Analysis.Value).Coverage;
        Assert.That(coverage.Regions.Select(r => (r.Plan.DocumentId, r.TaskCount)), Is.EqualTo(new[]
        {
            ("innermongolia-2016", 46), ("jingmen-2017", 29), ("chengdu-2021", 20), ("jilin-2021", 20), ("hubei-2024", 31),
        }));
        foreach (var region in coverage.Regions.Where(r => r.AssignedTaskCount > 0))
        {
            var shares = coverage.Matrix.Cells.Where(c => c.DocumentId == region.Plan.DocumentId).Sum(c => c.Share);
            Assert.That(shares, Is.EqualTo(1).Within(1e-9), region.Plan.DocumentId);
            Assert.That(region.Diversity.EffectiveTopics, Is.InRange(1.0, region.TopicsCovered + 1e-9));
        }
    }

    [Test]
    public async Task SeedAnalysis_IsDeterministic()
    {
        var first = (await Analysis.Value).ToTables().Select(CsvTableWriter.ToCsv).ToArray();
        var second = (await AnalyzeAsync()).ToTables().Select(CsvTableWriter.ToCsv).ToArray();
        Assert.That(second, Is.EqualTo(first));
    }
}
