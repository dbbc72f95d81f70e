using NUnit.Framework;
using PolicyCompare.Documents;
using PolicyCompare.Metrics.TargetDrift;

namespace PolicyCompare.Tests.Metrics;

public sealed class TargetPhraseReaderTests
{
    private static readonly TargetPhraseReader Reader = new(MetricLexicon.Load(), contextCharacters: 6);

    private static TargetPhrase Read(string text, string targetText, string? scope = null)
    {
        var plan = new PlanBuilder("p", "甲", 2020).Task(text).Target(targetText, 1, scope: scope).Build();
        var task = plan.Tasks[0];
        return Reader.Read(task, task.Targets[0], 0);
    }

    [TestCase("到2016年底，城市家庭医生签约服务覆盖率达到15%以上。", "15%以上", "城市家庭医生签约服务覆盖率", "城市", "家庭医生签约服务覆盖率")]
    [TestCase("家庭医生(团队)签约服务覆盖率达到30%以上", "30%以上", "家庭医生签约服务覆盖率", "全体", "家庭医生签约服务覆盖率")]
    [TestCase("全面推进，确保全市“基层首诊”率不低于60%。", "60%", "基层首诊率", "全体", "基层首诊率")]
    [TestCase("2025年全省重点人群覆盖率提高到70%", "70%", "重点人群覆盖率", "重点人群", "覆盖率")]
    [TestCase("药占比控制在30%以内", "30%以内", "药占比", "全体", "药占比")]
    public void Phrase_StripsTimeFillerBracketsAndComparators_AndSplitsPopulation(string text, string target, string phrase, string population, string core)
    {
        var read = Read(text, target);
        Assert.That((read.Phrase, read.Population, read.Core), Is.EqualTo((phrase, population, core)));
    }

    [Test]
    public void ParserScope_IsPreferredToTheClause()
    {
        var read = Read("各地要努力，使签约率达到30%。", "30%", scope: "重点人群签约服务覆盖率");
        Assert.That((read.Phrase, read.Population, read.Core), Is.EqualTo(("重点人群签约服务覆盖率", "重点人群", "签约服务覆盖率")));
    }

    [Test]
    public void WordsInsideTheTargetText_BeforeItsValue_JoinThePhrase()
    {
        // A parser that quotes 覆盖率达到15% as the target text leaves 城市家庭医生签约服务 before it.
        Assert.That(Read("城市家庭医生签约服务覆盖率达到15%以上。", "覆盖率达到15%以上").Phrase, Is.EqualTo("城市家庭医生签约服务覆盖率"));
    }

    [Test]
    public void Context_IsTheSentenceWindowBeforeTheTarget_PlusTheTarget()
    {
        // 6 characters before the target, clipped at the sentence start (。).
        Assert.That(Read("前一句很长很长。孕产妇系统管理率达到90%。", "90%").Context, Is.EqualTo("统管理率达到90%"));
        Assert.That(Read("短。率达90%。", "90%").Context, Is.EqualTo("率达90%"));
    }

    [Test]
    public void OverLongClauses_KeepTheirTail()
    {
        var read = Read("全市二级以上公立医院和基层医疗卫生机构在全面推开综合改革的基础上实行网上集中采购的药品采购金额占比达到95%。", "95%");
        Assert.That(read.Phrase, Has.Length.EqualTo(30));
        Assert.That(read.Phrase, Does.EndWith("药品采购金额占比"));
    }
}
