using NUnit.Framework;
using PolicyCompare.Documents;

namespace PolicyCompare.Tests.Parsing;

public sealed class InnerMongoliaSeedTests
{
    private const string Id = "innermongolia-2016";

    [Test]
    public void Numbering_restarts_in_every_section()
    {
        var document = SeedCorpus.Document(Id);

        Assert.Multiple(() =>
        {
            Assert.That(document.Tasks.Count(t => t.Number == "(一)"), Is.EqualTo(10));
            Assert.That(document.Tasks.Skip(11).Take(4).Select(t => t.Number), Is.EqualTo(new[] { "(一)", "(二)", "(三)", "(四)" }));
            Assert.That(document.Tasks.Skip(11).Take(4).Select(t => t.SectionPath.Single()), Is.All.EqualTo("加快推进分级诊疗制度建设"));
            Assert.That(document.Tasks[10].Number, Is.EqualTo("(十一)"));
            Assert.That(document.Tasks[10].SectionPath, Is.EqualTo(new[] { "全面深化公立医院改革" }));
            Assert.That(document.Tasks[45].SectionPath, Is.EqualTo(new[] { "加强组织实施" }));
            Assert.That(document.Tasks.GroupBy(t => t.SectionIndex).Select(g => g.Count()), Is.EqualTo(new[] { 11, 4, 5, 6, 2, 5, 4, 2, 5, 2 }));
        });
    }

    [TestCase(5, "(五)完善公立医院管理体制")]
    [TestCase(20, "(五)推进发展商业健康保险")]
    [TestCase(22, "(二)全面推进公立医院药品集中采购")]
    [TestCase(28, "(二)加大医疗卫生行业监督执法力度")]
    [TestCase(42, "(三)认真贯彻落实")]
    [TestCase(46, "(二)扎实开展医改推进保障工作")]
    public void Task_starting_on_the_line_of_the_previous_department_bracket(int ordinal, string start)
    {
        var document = SeedCorpus.Document(Id);
        var task = SeedCorpus.Task(Id, ordinal);
        var previous = SeedCorpus.Task(Id, ordinal - 1);

        Assert.Multiple(() =>
        {
            Assert.That(task.Span.Slice(document.SourceText), Does.StartWith(start));
            Assert.That(task.Span.Start, Is.EqualTo(previous.Span.End));
            Assert.That(previous.ResponsibilitySpan!.Value.End, Is.EqualTo(task.Span.Start));
        });
    }

    [Test]
    public void First_listed_department_leads_and_participants_are_marked()
    {
        var first = SeedCorpus.Task(Id, 1).Responsibilities;

        Assert.Multiple(() =>
        {
            Assert.That(first.Select(r => (r.Name, r.Canonical, r.LevelPrefix, r.Role, r.Rank)), Is.EqualTo(new[]
            {
                ("自治区卫生计生委", (string?)"health-commission", (string?)"自治区", ResponsibilityRole.Lead, 1),
                ("财政厅", "finance", "自治区", ResponsibilityRole.Co, 2),
                ("自治区编办", "staffing-office", "自治区", ResponsibilityRole.Participate, 3),
                ("发展改革委", "development-reform", "自治区", ResponsibilityRole.Participate, 4),
                ("人力资源社会保障厅", "human-resources-social-security", "自治区", ResponsibilityRole.Participate, 5),
            }));
            Assert.That(SeedCorpus.Task(Id, 10).Responsibilities.Select(r => (r.Canonical, r.Role)), Is.EqualTo(new[]
            {
                ((string?)"health-commission", ResponsibilityRole.Lead), ("disabled-persons-federation", ResponsibilityRole.Participate),
            }));
            Assert.That(SeedCorpus.Task(Id, 24).Responsibilities.Where(r => r.Role == ResponsibilityRole.Participate).Select(r => r.Name),
                Is.EqualTo(new[] { "自治区财政厅", "人力资源社会保障厅", "卫生计生委" }));
        });
    }

    [Test]
    public void Lower_level_governments_and_era_names_are_canonical()
    {
        var eighth = SeedCorpus.Task(Id, 8).Responsibilities;
        var seventeenth = SeedCorpus.Task(Id, 17).Responsibilities;

        Assert.Multiple(() =>
        {
            Assert.That(eighth.Skip(4).Select(r => (r.Name, r.Canonical)), Is.EqualTo(new[]
            {
                ("各盟行政公署", (string?)"local-government"), ("市人民政府", "local-government"), ("各旗县级人民政府", "local-government"),
            }));
            Assert.That(seventeenth.Single(r => r.Name == "深化医药卫生体制改革领导小组办公室").Canonical, Is.EqualTo("health-reform-leading-group"));
            Assert.That(seventeenth.Single(r => r.Name == "内蒙古保监局").Role, Is.EqualTo(ResponsibilityRole.Participate));
            Assert.That(seventeenth.Single(r => r.Name == "内蒙古保监局").Canonical, Is.EqualTo("insurance-regulation"));
            Assert.That(SeedCorpus.Task(Id, 27).Responsibilities.Single(r => r.Name == "法制办").Canonical, Is.EqualTo("justice"));
            Assert.That(SeedCorpus.Task(Id, 21).Responsibilities.Single(r => r.Name == "食品药品监管局").Canonical, Is.EqualTo("drug-administration"));
            Assert.That(SeedCorpus.Task(Id, 11).Responsibilities.Single(r => r.Name == "国土资源厅").Canonical, Is.EqualTo("natural-resources"));
        });
    }

    [Test]
    public void Money_and_count_targets()
    {
        var pilots = SeedCorpus.Task(Id, 2).Targets;
        var insurance = SeedCorpus.Task(Id, 16).Targets;
        var residents = SeedCorpus.Task(Id, 30).Targets;

        Assert.Multiple(() =>
        {
            Assert.That(pilots.Select(t => (t.Text, t.Value, t.Kind)), Is.EqualTo(new[]
            {
                ("2000万元", 20_000_000d, TargetKind.Money), ("100万元", 1_000_000d, TargetKind.Money),
            }));
            Assert.That(insurance.Select(t => (t.Value, t.Comparator)), Is.EqualTo(new[]
            {
                (95d, TargetComparator.AtLeast), (420d, TargetComparator.Equal), (20d, TargetComparator.Equal),
                (75d, TargetComparator.Approximately), (50d, TargetComparator.AtLeast),
            }));
            Assert.That(insurance[1].Per, Is.EqualTo("人均"));
            Assert.That(insurance[1].Scope, Is.EqualTo("城乡居民医保人均政府补助标准"));
            Assert.That(residents.Select(t => (t.Value, t.Unit)), Is.EqualTo(new[] { (1200d, "名"), (2250d, "人") }));
            Assert.That(SeedCorpus.Task(Id, 13).Targets.Select(t => (t.Value, t.DeadlineYear)), Is.EqualTo(new[] { (15d, (int?)2016), (30d, 2016) }));
            Assert.That(SeedCorpus.Task(Id, 42).Targets, Is.Empty, "document numbers and plan periods are not targets");
        });
    }

    [Test]
    public void Page_breaks_are_joined_and_the_attachment_is_not_a_task()
    {
        var document = SeedCorpus.Document(Id);

        Assert.Multiple(() =>
        {
            Assert.That(SeedCorpus.Task(Id, 4).Text.Value, Does.Contain("所有公立医院取消药品加成(蒙药中药饮片"));
            Assert.That(SeedCorpus.Task(Id, 10).Text.Value, Does.Contain("保障贫困人口享有基本医疗卫生服务。"));
            Assert.That(SeedCorpus.Task(Id, 1).Text.Value, Does.Not.Contain("排在第一位"));
            Assert.That(document.Spans.Where(s => s.Kind == SpanKind.Closing).Select(s => s.Span.Slice(document.SourceText)), Has.Some.Contains("部分重点工作任务分工及进度安排表"));
            Assert.That(document.Spans[^1].Kind, Is.EqualTo(SpanKind.Boilerplate));
            Assert.That(document.Spans[^1].Span.Slice(document.SourceText), Does.Contain("来源:https://www.sodocs.net"));
        });
    }
}
