using NUnit.Framework;
using PolicyCompare.Analysis;
using PolicyCompare.Documents;
using PolicyCompare.Reporting.Composition;
using PolicyCompare.Tests.Metrics;

namespace PolicyCompare.Tests.Reporting;

public sealed class AlignmentPairChoiceTests
{
    private static async Task<CorpusAnalysis> AnalyzeAsync(params PlanBuilder[] plans)
    {
        var corpus = new TestCorpus(plans);
        var analyzer = PolicyAnalyzer.Create();
        return await analyzer.AnalyzeAsync(corpus.Corpus);
    }

    private static PlanBuilder Plan(string id, string region, int year) =>
        new PlanBuilder(id, region, year).Task("推进医联体建设。组建城市医疗集团。").Task("深化医疗服务价格改革。调整医疗服务价格。");

    [Test]
    public async Task OneRegionInTwoYears_IsThePair_EarlierPlanFirst()
    {
        var analysis = await AnalyzeAsync(Plan("b-2020", "乙省", 2020), Plan("a-2018", "甲省", 2018), Plan("a-2022", "甲省", 2022));
        Assert.That(AlignmentPairChoice.Choose(analysis), Is.EqualTo(("a-2018", "a-2022")));
    }

    [Test]
    public async Task WithoutARegionOverTime_TheMostAlikePlansArePaired()
    {
        var analysis = await AnalyzeAsync(Plan("a", "甲省", 2018), Plan("b", "乙省", 2020));
        Assert.That(AlignmentPairChoice.Choose(analysis), Is.EqualTo(("a", "b")));
    }
}
