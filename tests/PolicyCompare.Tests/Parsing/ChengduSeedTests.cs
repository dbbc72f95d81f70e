using NUnit.Framework;
using PolicyCompare.Documents;

namespace PolicyCompare.Tests.Parsing;

public sealed class ChengduSeedTests
{
    private const string Id = "chengdu-2021";

    [Test]
    public void Pdf_line_breaks_and_inner_spaces_are_repaired()
    {
        var second = SeedCorpus.Task(Id, 2).Text.Value;

        Assert.Multiple(() =>
        {
            Assert.That(second, Does.Contain("非过评药品集中带量采购"));
            Assert.That(second, Does.Contain("利用好增加的可支配收入,积极推进薪酬制度改革。"));
            Assert.That(second, Does.Contain("集中采购医保资金结余留用政策"));
            Assert.That(second, Does.Not.Contain("\n"));
            Assert.That(SeedCorpus.Task(Id, 5).Text.Value, Does.Contain("引导恢复期和康复期患者到基层就诊。"));
            Assert.That(SeedCorpus.Task(Id, 3).Text.Value, Does.Contain("于2021年底前进行医疗服务价格结构性调整"));
            Assert.That(SeedCorpus.Task(Id, 19).Text.Value, Does.EndWith("促进试点地区紧密型县域医共体内部用药衔接。"));
        });
    }

    [Test]
    public void Tasks_joined_across_page_breaks_keep_their_departments()
    {
        var document = SeedCorpus.Document(Id);
        var ninth = SeedCorpus.Task(Id, 9);
        var finance = ninth.Responsibilities[2];

        Assert.Multiple(() =>
        {
            Assert.That(ninth.Responsibilities.Select(r => r.Name), Is.EqualTo(new[] { "市卫健委", "市发改委", "市财政局", "市人社局", "市医保局" }));
            Assert.That(finance.Span.Slice(document.SourceText), Is.EqualTo("市财政\n\n局"));
            Assert.That(SeedCorpus.Task(Id, 12).Text.Value, Does.Contain("健全公共卫生应急处置和物资保障体系。提升新冠病毒疫苗接种能力"));
            Assert.That(SeedCorpus.Task(Id, 19).Responsibilities.Select(r => r.Canonical), Is.EqualTo(new[] { "industry-information", "health-commission", "market-regulation", "medical-security" }));
        });
    }

    [Test]
    public void Bracketed_department_lists_including_one_on_its_own_line()
    {
        var fourteenth = SeedCorpus.Task(Id, 14);
        var twelfth = SeedCorpus.Task(Id, 12);

        Assert.Multiple(() =>
        {
            Assert.That(fourteenth.Responsibilities[0].Name, Is.EqualTo("各区(市)县政府(管委会)"));
            Assert.That(fourteenth.Responsibilities[0].Canonical, Is.EqualTo("local-government"));
            Assert.That(fourteenth.Responsibilities[0].Role, Is.EqualTo(ResponsibilityRole.Lead));
            Assert.That(fourteenth.Responsibilities, Has.Count.EqualTo(6));
            Assert.That(fourteenth.Text.Value, Does.EndWith("探索县级疾控机构与县域医疗共同体协同建设发展。"));
            Assert.That(twelfth.Responsibilities.Select(r => r.Name), Does.Contain("成都海关"));
            Assert.That(twelfth.Responsibilities.Single(r => r.Name == "市政府外办").Canonical, Is.EqualTo("foreign-affairs"));
            Assert.That(SeedCorpus.Task(Id, 13).Responsibilities, Has.Count.EqualTo(6), "按职责分工办理 is a role phrase");
            Assert.That(SeedCorpus.Task(Id, 1).Responsibilities.Select(r => (r.Name, r.Canonical)), Is.EqualTo(new[]
            {
                ("市卫健委", (string?)"health-commission"), ("市医改领导小组成员单位", "health-reform-group-members"),
            }));
        });
    }

    [Test]
    public void Bullets_headings_and_range_target()
    {
        var document = SeedCorpus.Document(Id);
        var seventh = SeedCorpus.Task(Id, 7);
        var range = seventh.Targets.Single();

        Assert.Multiple(() =>
        {
            Assert.That(document.Sections[0].Title, Is.EqualTo("进一步学习三明市医改经验,加快推进医疗、医保、医药联动改革"));
            Assert.That(document.Tasks.All(t => !t.Text.Value.StartsWith('-')), Is.True);
            Assert.That(SeedCorpus.Task(Id, 6).SectionPath, Is.EqualTo(new[] { "进一步学习三明市医改经验,加快推进医疗、医保、医药联动改革" }));
            Assert.That((range.Value, range.ValueMax, range.Comparator, range.Unit, range.DeadlineYear), Is.EqualTo((5d, (double?)10d, TargetComparator.Range, "个", (int?)2021)));
            Assert.That(SeedCorpus.Task(Id, 9).Targets.Select(t => (t.Value, t.Unit)), Is.EqualTo(new[] { (40d, "家"), (100d, "家"), (50d, "个") }));
            Assert.That(SeedCorpus.Task(Id, 9).Targets[1].Scope, Is.EqualTo("村卫生室公有化标准化建设"));
            Assert.That(document.Tasks.SelectMany(t => t.Targets).Where(t => t.Kind == TargetKind.Milestone && !t.IsFullCoverage).Select(t => (t.Scope, t.DeadlineYear)),
                Is.EqualTo(new[] { ((string?)"医疗服务价格结构性调整", (int?)2021) }), "于 2021 年底前进行…调整 is a dated commitment");
            Assert.That(document.Spans.Where(s => s.Kind == SpanKind.Closing).Single().Span.Slice(document.SourceText), Does.StartWith("市级有关部门(单位)"));
            Assert.That(document.Spans[^1].Kind, Is.EqualTo(SpanKind.Boilerplate));
            Assert.That(document.Spans[^1].Span.Slice(document.SourceText), Does.Contain("抄送").And.Contain("2021年11月10日印发"));
        });
    }
}
