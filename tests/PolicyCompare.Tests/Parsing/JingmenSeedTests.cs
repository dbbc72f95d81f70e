using NUnit.Framework;
using PolicyCompare.Documents;

namespace PolicyCompare.Tests.Parsing;

public sealed class JingmenSeedTests
{
    private const string Id = "jingmen-2017";

    [Test]
    public void No_departments_are_stated()
    {
        var document = SeedCorpus.Document(Id);

        Assert.Multiple(() =>
        {
            Assert.That(document.StatesResponsibilities, Is.False);
            Assert.That(document.Tasks.All(t => t.Responsibilities.Count == 0 && t.ResponsibilitySpan is null), Is.True);
            Assert.That(SeedCorpus.Task(Id, 16).Text.Value, Does.Contain("由市卫生计生委、市扶贫办等13个部门联合印发"));
        });
    }

    [Test]
    public void Family_doctor_coverage_targets()
    {
        var first = SeedCorpus.Task(Id, 1);
        var percentages = first.Targets.Where(t => t.Text.EndsWith("%以上", StringComparison.Ordinal)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(percentages.Select(t => (t.Text, t.Value, t.Comparator, t.Scope)), Is.EqualTo(new[]
            {
                ("30%以上", 30d, TargetComparator.AtLeast, (string?)"家庭医生签约服务覆盖率"),
                ("60%以上", 60d, TargetComparator.AtLeast, "重点人群覆盖率"),
            }));
            Assert.That(first.Targets.Any(t => t.Text.StartsWith('1')), Is.False, "1+1+1 is a label, not a target");
            Assert.That(first.Text.Value, Does.EndWith("重点人群覆盖率达到60%以上"));
        });
    }

    [Test]
    public void Many_targets_with_comparators_units_and_deadlines()
    {
        var document = SeedCorpus.Document(Id);
        var drugs = SeedCorpus.Task(Id, 5).Targets;
        var quality = SeedCorpus.Task(Id, 19).Targets;

        Assert.Multiple(() =>
        {
            Assert.That(document.Tasks.Sum(t => t.Targets.Count), Is.GreaterThanOrEqualTo(40));
            Assert.That(drugs.Take(3).Select(t => (t.Value, t.Comparator)), Is.EqualTo(new[]
            {
                (80d, TargetComparator.AtLeast), (60d, TargetComparator.AtLeast), (30d, TargetComparator.AtLeast),
            }));
            Assert.That(drugs.Single(t => t.Unit == "天").Comparator, Is.EqualTo(TargetComparator.AtMost));
            Assert.That(quality.Select(t => (t.Value, t.ValueMax)).Take(4), Is.EqualTo(new[] { (8d, (double?)null), (1d, 2d), (4d, 5d), (10d, 15d) }));
            Assert.That(quality[^1].Unit, Is.EqualTo("个百分点"));
            Assert.That(quality[^1].DeadlineYear, Is.EqualTo(2017));
            // 较上年度至少下降10个百分点: a change of −10 points or less (a fall of at least 10).
            Assert.That((quality[^1].Value, quality[^1].Comparator), Is.EqualTo((-10d, TargetComparator.AtMost)));
            Assert.That(SeedCorpus.Task(Id, 16).Targets, Is.Empty, "13个部门 names who, not a goal");
            Assert.That(SeedCorpus.Task(Id, 12).Targets[^1].Comparator, Is.EqualTo(TargetComparator.Range));
            Assert.That(SeedCorpus.Task(Id, 21).Targets.Single(t => t.Kind == TargetKind.Ratio).Per, Is.EqualTo("每床"));
        });
    }

    [Test]
    public void Titles_and_footer()
    {
        var document = SeedCorpus.Document(Id);

        Assert.Multiple(() =>
        {
            Assert.That(SeedCorpus.Task(Id, 1).Title, Is.EqualTo("全面推开分级诊疗制度建设"));
            Assert.That(SeedCorpus.Task(Id, 15).Title, Is.EqualTo("深入开展爱国卫生运动"));
            Assert.That(SeedCorpus.Task(Id, 29).Title, Is.EqualTo("统筹推进其他工作"));
            Assert.That(SeedCorpus.Task(Id, 29).SectionPath, Is.EqualTo(new[] { "不断筑牢事业发展坚实根基" }));
            Assert.That(document.Spans[^1].Kind, Is.EqualTo(SpanKind.Boilerplate));
            Assert.That(document.Spans[^1].Span.Slice(document.SourceText), Does.StartWith("版权所有"));
        });
    }
}
