using NUnit.Framework;
using PolicyCompare.Alignment;
using PolicyCompare.Analysis;
using PolicyCompare.Metrics.Coverage;
using PolicyCompare.Tests.Alignment;

namespace PolicyCompare.Tests.Metrics;

/// <summary>
/// Gaps read against the seed plans: a plan whose text addresses a topic (in any sentence of any task) has no gap on
/// it, and a topic only later plans take up is not yet on an earlier plan's agenda. Topics are found by the task that
/// names them most plainly in another plan, so the tests do not depend on topic ids.
/// </summary>
public sealed class SeedGapTests
{
    private static readonly Lazy<Task<CorpusAnalysis>> Analysis = new(() => PolicyAnalyzer.Create().AnalyzeAsync(TestPlans.Seeds));

    private static string TopicOf(CorpusAnalysis analysis, string document, int ordinal) =>
        analysis.Topics.TopicOf(new TaskKey(document, ordinal))!.Id;

    private static RegionCoverage Region(CorpusAnalysis analysis, string document) =>
        analysis.Coverage.Regions.Single(r => r.Plan.DocumentId == document);

    [TestCase("chengdu-2021", 5, "付费", TestName = "Jingmen 2017 addresses payment-method reform (按病种付费)")]
    [TestCase("chengdu-2021", 3, "价格", TestName = "Jingmen 2017 addresses service pricing (医疗服务价格改革)")]
    [TestCase("chengdu-2021", 2, "采购", TestName = "Jingmen 2017 addresses centralized procurement (集中招标网上采购)")]
    public async Task Jingmen2017_AddressesTheTopic_WithAPassageThatSaysSo_AndHasNoGapOnIt(string peer, int ordinal, string word)
    {
        var analysis = await Analysis.Value;
        var topic = TopicOf(analysis, peer, ordinal);
        var evidence = analysis.Memberships.In(topic).Where(m => m.Task.DocumentId == "jingmen-2017").ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(Region(analysis, "jingmen-2017").Gaps.Select(g => g.TopicId), Does.Not.Contain(topic));
            Assert.That(evidence, Is.Not.Empty);
            Assert.That(evidence.Select(m => m.Evidence?.Text ?? string.Empty), Has.Some.Contains(word));
        });
    }

    [Test]
    public async Task InnerMongolia2016_HasNoGapOnMedicalAlliances()
    {
        var analysis = await Analysis.Value;
        var alliances = TopicOf(analysis, "chengdu-2021", 8); // 推进医疗联合体建设
        Assert.That(Region(analysis, "innermongolia-2016").Gaps.Select(g => g.TopicId), Does.Not.Contain(alliances));
    }

    [Test]
    public async Task A2016Plan_DoesNotLackCovid19Control_ItWasNotYetOnTheAgenda()
    {
        var analysis = await Analysis.Value;
        var covid = TopicOf(analysis, "jilin-2021", 12); // 加强新冠肺炎疫情防控
        var region = Region(analysis, "innermongolia-2016");
        Assert.Multiple(() =>
        {
            Assert.That(region.Gaps.Select(g => g.TopicId), Does.Not.Contain(covid));
            Assert.That(analysis.Coverage.Regions.Where(r => r.Plan.Year < 2020).SelectMany(r => r.Gaps).Select(g => g.TopicId), Does.Not.Contain(covid));
        });
    }

    [Test]
    public async Task EveryGap_ShowsPeerEvidence_AndThePlanAddressesNoneOfIt()
    {
        var analysis = await Analysis.Value;
        foreach (var gap in analysis.Coverage.Regions.SelectMany(r => r.Gaps))
        {
            Assert.That(gap.Evidence, Is.Not.Empty);
            Assert.That(gap.Evidence.Select(e => e.DocumentId), Has.None.EqualTo(gap.DocumentId));
            var own = analysis.Corpus[gap.DocumentId].Tasks.Select(t => analysis.Memberships.Find(new TaskKey(gap.DocumentId, t.Ordinal), gap.TopicId));
            Assert.That(own, Has.All.Null, $"{gap.DocumentId} addresses {gap.TopicId} yet has a gap on it");
        }
    }
}
