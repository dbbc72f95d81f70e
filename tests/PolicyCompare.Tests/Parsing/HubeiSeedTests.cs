using NUnit.Framework;
using PolicyCompare.Documents;
using PolicyCompare.Parsing;

namespace PolicyCompare.Tests.Parsing;

public sealed class HubeiSeedTests
{
    private const string Id = "hubei-2024";

    [Test]
    public void General_requirements_section_has_no_tasks()
    {
        var document = SeedCorpus.Document(Id);

        Assert.Multiple(() =>
        {
            Assert.That(document.Sections[0].Title, Is.EqualTo("总体要求"));
            Assert.That(document.Tasks.Any(t => t.SectionIndex == 0), Is.False);
            Assert.That(document.Tasks[0].SectionPath, Is.EqualTo(new[] { "推进能力建设现代化" }));
            Assert.That(document.Tasks[0].Number, Is.EqualTo("(一)"));
            Assert.That(document.Tasks[30].Number, Is.EqualTo("(三十一)"));
            Assert.That(document.Tasks[30].SectionPath, Is.EqualTo(new[] { "推进治理体系科学化" }));
        });
    }

    [Test]
    public void First_task_departments()
    {
        var first = SeedCorpus.Task(Id, 1);

        Assert.That(first.Responsibilities.Select(r => (r.Name, r.Canonical, r.LevelPrefix, r.Role)), Is.EqualTo(new[]
        {
            ("省卫健委", (string?)"health-commission", (string?)"省", ResponsibilityRole.Lead),
            ("省委编办", "staffing-office", "省", ResponsibilityRole.Co),
            ("省教育厅", "education", "省", ResponsibilityRole.Co),
            ("省人社厅", "human-resources-social-security", "省", ResponsibilityRole.Co),
            ("省疾控局", "disease-control", "省", ResponsibilityRole.Co),
        }));
    }

    [Test]
    public void Middle_and_last_task_departments()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SeedCorpus.Task(Id, 16).Responsibilities.Select(r => (r.Name, r.Role)), Is.EqualTo(new[] { ("省卫健委", ResponsibilityRole.Lead) }));
            Assert.That(SeedCorpus.Task(Id, 27).Responsibilities[0].Canonical, Is.EqualTo("finance"));
            Assert.That(SeedCorpus.Task(Id, 31).Responsibilities.Select(r => r.Canonical), Is.EqualTo(new[]
            {
                "health-commission", "market-regulation", "medical-security", "drug-administration", "disease-control",
            }));
        });
    }

    [Test]
    public void Targets_with_deadlines()
    {
        var coverage = SeedCorpus.Task(Id, 4).Targets.Single();
        var cdc = SeedCorpus.Task(Id, 21).Targets.Single();
        var drg = SeedCorpus.Task(Id, 28).Targets.Single();
        var geriatrics = SeedCorpus.Task(Id, 11).Targets[0];
        var specialties = SeedCorpus.Task(Id, 5).Targets;

        Assert.Multiple(() =>
        {
            Assert.That((coverage.Text, coverage.Kind, coverage.IsFullCoverage, double.IsNaN(coverage.Value), coverage.DeadlineYear),
                Is.EqualTo(("全覆盖", TargetKind.Milestone, true, true, (int?)2026)), "全覆盖 is a full-coverage milestone, not 100%");
            Assert.That((cdc.Value, cdc.DeadlineYear, cdc.Scope), Is.EqualTo((90d, (int?)2030, (string?)"全省数智疾控标准化建设")));
            Assert.That((drg.Value, drg.DeadlineYear, drg.Comparator), Is.EqualTo((70d, (int?)2025, TargetComparator.Equal)));
            Assert.That(drg.Scope, Does.EndWith("住院医保基金支出比例"));
            Assert.That((geriatrics.Value, geriatrics.Comparator, geriatrics.DeadlineYear), Is.EqualTo((95d, TargetComparator.AtLeast, (int?)2025)));
            Assert.That(specialties.Select(t => t.Value), Is.EqualTo(new[] { 10d, 150d, 300d, 240d, 3d }));
            Assert.That(specialties[0].Comparator, Is.EqualTo(TargetComparator.Approximately));
            Assert.That(specialties.Skip(1).Take(2).Select(t => (t.Scope, t.Comparator)), Is.EqualTo(new[]
            {
                ((string?)"二级医院省级临床重点专科", TargetComparator.AtLeast), ("三级医院省级临床重点专科", TargetComparator.AtLeast),
            }), "分别 pairs each value with its own scope; 以上 bounds both");
            Assert.That(specialties.All(t => t.DeadlineYear == 2025), Is.True);
            Assert.That(SeedCorpus.Task(Id, 18).Targets, Is.Empty, "复诊0元号 is a name");
            Assert.That(SeedCorpus.Task(Id, 17).Targets.Select(t => (t.Kind, t.Scope, t.DeadlineYear)), Is.EqualTo(new[]
            {
                (TargetKind.Milestone, (string?)"二级以上公立医院检查检验结果互认", (int?)2024),
            }));
            Assert.That(SeedCorpus.Task(Id, 19).Targets.Select(t => (t.Kind, t.Scope, t.DeadlineYear)), Is.EqualTo(new[]
            {
                (TargetKind.Milestone, (string?)"初步建成卫生健康“一朵云”", (int?)2025),
            }));
        });
    }

    [Test]
    public void Web_header_signature_and_footer_are_boilerplate()
    {
        var document = SeedCorpus.Document(Id);
        var boilerplate = string.Concat(document.Spans.Where(s => s.Kind == SpanKind.Boilerplate).Select(s => s.Span.Slice(document.SourceText)));
        var preamble = string.Concat(document.Spans.Where(s => s.Kind == SpanKind.Preamble).Select(s => s.Span.Slice(document.SourceText)));

        Assert.Multiple(() =>
        {
            Assert.That(boilerplate, Does.Contain("011043372/2024-32013").And.Contain("2024822").And.Contain("(政务公开形式:主动公开)"));
            Assert.That(boilerplate, Does.Contain("湖北省疾病预防控制局").And.Contain("扫一扫在手机上查看当前页面").And.Contain("已阅"));
            Assert.That(preamble, Does.Contain("关于进一步完善医疗卫生服务体系的实施方案"));
            Assert.That(SeedCorpus.Task(Id, 31).Text.Value, Does.EndWith("依法规范社会办医疗机构执业行为。"));
        });
    }

    [Test]
    public void Metadata_is_inferred_without_a_manifest()
    {
        var document = new PlanParser().Parse(SeedCorpus.Document(Id).SourceText, new DocumentMetadata("hubei"));

        Assert.Multiple(() =>
        {
            Assert.That(document.Metadata.Title, Is.EqualTo("关于进一步完善医疗卫生服务体系的实施方案"));
            Assert.That((document.Metadata.Region, document.Metadata.RegionEn, document.Metadata.Level, document.Metadata.Year), Is.EqualTo(("湖北省", "Hubei", "province", 2024)));
            Assert.That(document.Metadata.InferredFields, Is.EquivalentTo(new[] { "title", "region", "regionEn", "level", "year" }));
        });
    }
}
