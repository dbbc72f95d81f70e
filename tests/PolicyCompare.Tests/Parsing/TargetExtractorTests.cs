using NUnit.Framework;
using PolicyCompare.Documents;
using PolicyCompare.Parsing;
using PolicyCompare.Parsing.Targets;

namespace PolicyCompare.Tests.Parsing;

public sealed class TargetExtractorTests
{
    private static IReadOnlyList<Target> Extract(string text) => new TargetExtractor(32).Extract(TextNormalizer.Normalize(text, 0, text.Length));

    [TestCase("覆盖率达到30%以上。", 30, TargetComparator.AtLeast)]
    [TestCase("参保率不低于80%。", 80, TargetComparator.AtLeast)]
    [TestCase("比例控制在30%以内。", 30, TargetComparator.AtMost)]
    [TestCase("费用不超过30天。", 30, TargetComparator.AtMost)]
    [TestCase("报销比例达到75%左右。", 75, TargetComparator.Approximately)]
    [TestCase("补助标准提高到420元。", 420, TargetComparator.Equal)]
    public void Comparators(string text, double value, TargetComparator comparator)
    {
        var target = Extract(text).Single();

        Assert.That((target.Value, target.Comparator), Is.EqualTo((value, comparator)));
    }

    [Test]
    public void Money_is_converted_to_yuan()
    {
        var targets = Extract("按照2000万元的标准予以补助，投入1.5亿元。");

        Assert.That(targets.Select(t => (t.Value, t.Unit, t.Kind)), Is.EqualTo(new[] { (20_000_000d, "元", TargetKind.Money), (150_000_000d, "元", TargetKind.Money) }));
    }

    [Test]
    public void Ranges_with_either_dash()
    {
        var targets = Extract("新立项5—10个重点学科，建设3-5个示范县。");

        Assert.That(targets.Select(t => (t.Value, t.ValueMax, t.Comparator)), Is.EqualTo(new[]
        {
            (5d, (double?)10d, TargetComparator.Range), (3d, 5d, TargetComparator.Range),
        }));
    }

    [Test]
    public void Ratios_and_deadlines()
    {
        var targets = Extract("到2025年，每千人口医疗卫生机构床位数达到6.5张，2024年底实现检查结果互认全覆盖。");

        Assert.Multiple(() =>
        {
            Assert.That((targets[0].Value, targets[0].Kind, targets[0].Per, targets[0].DeadlineYear), Is.EqualTo((6.5, TargetKind.Ratio, (string?)"每千人口", (int?)2025)));
            Assert.That((targets[1].Text, targets[1].DeadlineYear), Is.EqualTo(("全覆盖", (int?)2024)));
        });
    }

    [Test]
    public void A_target_without_a_stated_year_has_no_deadline()
    {
        Assert.That(Extract("三级公立医疗机构预约率达90%以上。").Single().DeadlineYear, Is.Null);
    }

    [TestCase("根据国办发〔2021〕20号文件要求推进工作。")]
    [TestCase("于2021年11月10日印发实施。")]
    [TestCase("2021年是十四五开局之年。")]
    [TestCase("推进1+1+1组合式签约服务。")]
    [TestCase("落实《规划(2021-2025)》要求。")]
    [TestCase("推广复诊0元号制度。")]
    [TestCase("由市卫生计生委等13个部门联合印发。")]
    [TestCase("人口在6万人以下的旗县。")]
    [TestCase("开展第5代移动通信应用。")]
    public void Non_targets(string text) => Assert.That(Extract(text), Is.Empty);

    [Test]
    public void Scope_names_what_is_measured()
    {
        var targets = Extract("家庭医生(团队)签约服务覆盖率达到30%以上,重点人群覆盖率达到60%以上");

        Assert.That(targets.Select(t => t.Scope), Is.EqualTo(new[] { "家庭医生签约服务覆盖率", "重点人群覆盖率" }));
    }

    [Test]
    public void Span_points_at_the_source()
    {
        const string text = "覆盖率达到 30 %以上。";
        var target = Extract(text).Single();

        Assert.That(target.Span.Slice(text), Is.EqualTo("30 %以上"));
    }
}
