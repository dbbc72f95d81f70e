using NUnit.Framework;
using PolicyCompare.Documents;

namespace PolicyCompare.Tests.Parsing;

public sealed class JilinSeedTests
{
    private const string Id = "jilin-2021";

    [Test]
    public void Sections_and_task_titles()
    {
        var document = SeedCorpus.Document(Id);

        Assert.Multiple(() =>
        {
            Assert.That(document.Sections.Select(s => s.Title), Is.EqualTo(new[]
            {
                "以三明医改经验为抓手,推进“三医”联动改革", "促进优质医疗资源均衡布局,完善分级诊疗体系", "坚持预防为主,加强公共卫生体系建设", "统筹推进相关重点改革,形成工作合力",
            }));
            Assert.That(document.Tasks[0].Title, Is.EqualTo("大力推广三明市医改经验"));
            Assert.That(document.Tasks[10].Title, Is.EqualTo("推动中医药振兴发展"));
            Assert.That(document.Tasks[19].Title, Is.EqualTo("严格监督管理"));
            Assert.That(document.Tasks[16].Number, Is.EqualTo("(十七)"));
            Assert.That(document.Tasks[6].SectionPath, Is.EqualTo(new[] { "促进优质医疗资源均衡布局,完善分级诊疗体系" }));
            Assert.That(document.Tasks[19].SectionPath, Is.EqualTo(new[] { "统筹推进相关重点改革,形成工作合力" }));
        });
    }

    [Test]
    public void Task_17_has_the_appointment_rate_targets()
    {
        var targets = SeedCorpus.Task(Id, 17).Targets;

        Assert.That(targets.Select(t => (t.Text, t.Value, t.Kind, t.Comparator, t.Scope, t.DeadlineYear)), Is.EqualTo(new[]
        {
            ("90%以上", 90d, TargetKind.Percentage, TargetComparator.AtLeast, (string?)"三级公立医疗机构预约率", (int?)null),
            ("70%以上", 70d, TargetKind.Percentage, TargetComparator.AtLeast, "二级公立医院预约诊疗率", null),
        }));
    }

    [Test]
    public void Responsibilities_of_first_middle_and_last_tasks()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SeedCorpus.Task(Id, 1).Responsibilities.Select(r => (r.Name, r.Canonical, r.Role)), Is.EqualTo(new[]
            {
                ("省医改领导小组秘书处", (string?)"health-reform-leading-group", ResponsibilityRole.Lead), ("各相关部门", null, ResponsibilityRole.Co),
            }));
            Assert.That(SeedCorpus.Task(Id, 2).Responsibilities.Select(r => (r.Name, r.Canonical, r.LevelPrefix, r.Role, r.Rank)), Is.EqualTo(new[]
            {
                ("省医保局", (string?)"medical-security", (string?)"省", ResponsibilityRole.Lead, 1),
                ("省卫生健康委", "health-commission", "省", ResponsibilityRole.Co, 2),
                ("省人力资源社会保障厅", "human-resources-social-security", "省", ResponsibilityRole.Co, 3),
            }));
            Assert.That(SeedCorpus.Task(Id, 13).Responsibilities[^1].Canonical, Is.EqualTo("customs"));
            Assert.That(SeedCorpus.Task(Id, 13).Responsibilities[^1].LevelPrefix, Is.EqualTo("长春"));
            Assert.That(SeedCorpus.Task(Id, 20).Responsibilities.Select(r => r.Canonical), Is.EqualTo(new[] { "health-commission", "medical-security", "traditional-medicine" }));
        });
    }

    [Test]
    public void Web_furniture_and_closing_prose_are_kept_out_of_tasks()
    {
        var document = SeedCorpus.Document(Id);
        string Slice(DocumentSpan s) => s.Span.Slice(document.SourceText);

        Assert.Multiple(() =>
        {
            Assert.That(document.Spans[0].Kind, Is.EqualTo(SpanKind.Boilerplate));
            Assert.That(Slice(document.Spans[0]), Does.Contain("当前位置"));
            Assert.That(document.Spans[^1].Kind, Is.EqualTo(SpanKind.Boilerplate));
            Assert.That(Slice(document.Spans[^1]), Does.Contain("吉ICP备05001602号"));
            Assert.That(document.Spans.Where(s => s.Kind == SpanKind.Closing).Select(Slice).Single(), Does.StartWith("各地、各有关部门要切实加强组织领导"));
            Assert.That(document.Spans.Where(s => s.Kind == SpanKind.Boilerplate).Select(Slice), Has.Some.Contains("发布时间:2021-09-01"));
            Assert.That(document.Tasks[^1].Text.Value, Does.EndWith("强化监管结果运用。"));
        });
    }
}
