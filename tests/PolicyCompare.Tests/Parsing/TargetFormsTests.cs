using NUnit.Framework;
using PolicyCompare.Documents;
using PolicyCompare.Parsing;
using PolicyCompare.Parsing.Targets;

namespace PolicyCompare.Tests.Parsing;

/// <summary>Issue 8 §11–§15: paired values, goal-section targets, milestones, every written form of a number, non-targets.</summary>
public sealed class TargetFormsTests
{
    private static TargetReading Read(string text) => new TargetExtractor(32).Read(TextNormalizer.Normalize(text, 0, text.Length));

    private static IReadOnlyList<Target> Extract(string text) => Read(text).Targets;

    private static string Quoted(string source, Target target) => source.Substring(target.Span.Start, target.Span.Length);

    // §11 分别
    [Test]
    public void Paired_years_and_values_with_fenbie()
    {
        var targets = Extract("到2022年和2030年，全省居民健康素养水平分别不低于22%和30%。");

        Assert.That(targets.Select(t => (t.Value, t.DeadlineYear, t.Comparator, t.Scope)), Is.EqualTo(new[]
        {
            (22d, (int?)2022, TargetComparator.AtLeast, (string?)"全省居民健康素养水平"), (30d, 2030, TargetComparator.AtLeast, "全省居民健康素养水平"),
        }));
    }

    [Test]
    public void Paired_scopes_with_fenbie_share_the_comparator()
    {
        var targets = Extract("到2025年，分别建设二级、三级医院省级临床重点专科150个、300个以上。");

        Assert.That(targets.Select(t => (t.Value, t.Comparator, t.Scope, t.DeadlineYear)), Is.EqualTo(new[]
        {
            (150d, TargetComparator.AtLeast, (string?)"二级医院省级临床重点专科", (int?)2025), (300d, TargetComparator.AtLeast, "三级医院省级临床重点专科", 2025),
        }));
    }

    [Test]
    public void Three_paired_scopes_before_fenbie()
    {
        var targets = Extract("基层、二级、三级医疗机构基本药物配备比例分别不低于80%、60%、30%。");

        Assert.That(targets.Select(t => (t.Value, t.Scope)), Is.EqualTo(new[]
        {
            (80d, (string?)"基层医疗机构基本药物配备比例"), (60d, "二级医疗机构基本药物配备比例"), (30d, "三级医疗机构基本药物配备比例"),
        }));
    }

    [Test]
    public void Paired_whole_scopes_with_fenbie()
    {
        var targets = Extract("到2025年，孕产妇死亡率、婴儿死亡率分别控制在12/10万、5‰以下。");

        Assert.That(targets.Select(t => (t.Value, t.Unit, t.Comparator, t.Scope, t.DeadlineYear)), Is.EqualTo(new[]
        {
            (12d, "/10万", TargetComparator.AtMost, (string?)"孕产妇死亡率", (int?)2025), (5d, "‰", TargetComparator.AtMost, "婴儿死亡率", 2025),
        }));
    }

    [Test]
    public void A_list_that_does_not_match_the_values_keeps_one_scope()
    {
        var targets = Extract("甲区、乙区健康场所占比均分别达到20%、40%、10%。");

        Assert.That(targets.Select(t => t.Scope).Distinct(), Is.EqualTo(new[] { "甲区、乙区健康场所占比" }));
    }

    // §12 goal sections
    [Test]
    public void Goal_text_gives_milestones_with_deadlines()
    {
        var targets = Extract("到2025年底，建立完善的转诊制度；到2030年，建成体系完整的整合型医疗卫生服务体系。");

        Assert.That(targets.Select(t => (t.Kind, t.Scope, t.DeadlineYear)), Is.EqualTo(new[]
        {
            (TargetKind.Milestone, (string?)"建立完善的转诊制度", (int?)2025), (TargetKind.Milestone, "建成体系完整的整合型医疗卫生服务体系", 2030),
        }));
    }

    [Test]
    public void A_goal_unit_carries_its_targets()
    {
        const string text = "一、工作目标\n（一）总体目标。到2025年，全省居民健康素养水平达到30%以上。（省卫生健康委牵头）\n二、重点任务\n（一）建立协调机制。2024年底前完成机制建设。（省卫生健康委牵头）\n";
        var document = TestPlans.Parse(text);
        var goal = document.Tasks.Single(t => t.Title.StartsWith("总体目标", StringComparison.Ordinal));

        Assert.That(goal.Targets.Select(t => (t.Value, t.DeadlineYear)), Is.EqualTo(new[] { (30d, (int?)2025) }));
    }

    // §13 milestones
    [TestCase("2024年底，实现二级以上公立医院检查检验结果互认。", "二级以上公立医院检查检验结果互认", 2024, null)]
    [TestCase("2025年初步建成全省统一的卫生健康信息平台。", "初步建成全省统一的卫生健康信息平台", 2025, null)]
    [TestCase("于2021年底前完成价格结构性调整。", "价格结构性调整", 2021, null)]
    [TestCase("6月底前完成整合方案。", "整合方案", null, 6)]
    [TestCase("今年6月底前印发实施方案。", "印发实施方案", null, 6)]
    [TestCase("整合方案于2023年9月底前完成。", "整合方案", 2023, 9)]
    [TestCase("“十四五”期间，全面建立分级诊疗制度。", "全面建立分级诊疗制度", 2025, null)]
    [TestCase("到十三五末，基本建立覆盖城乡的基本医疗卫生制度。", "基本建立覆盖城乡的基本医疗卫生制度", 2020, null)]
    public void Dated_commitments_are_milestones(string text, string scope, int? year, int? month)
    {
        var target = Extract(text).Single();

        Assert.Multiple(() =>
        {
            Assert.That((target.Kind, target.Scope, target.DeadlineYear, target.DeadlineMonth), Is.EqualTo((TargetKind.Milestone, (string?)scope, year, month)));
            Assert.That(double.IsNaN(target.Value), Is.True, "a milestone has no invented number");
            Assert.That(Quoted(text, target), Does.Contain(scope[..2]));
        });
    }

    [Test]
    public void Full_coverage_is_a_milestone_unless_a_percentage_is_written()
    {
        var milestone = Extract("2026年实现三级医院县市全覆盖。").Single();
        var written = Extract("家庭医生签约覆盖率达到100%，实现全覆盖。").Single();
        var other = Extract("监测计划完成率100%，二级以上公立医院食源性疾病监测全覆盖。");

        Assert.Multiple(() =>
        {
            Assert.That((milestone.Kind, milestone.IsFullCoverage, milestone.Unit, milestone.DeadlineYear, milestone.Scope),
                Is.EqualTo((TargetKind.Milestone, true, "", (int?)2026, (string?)"三级医院县市")));
            Assert.That(double.IsNaN(milestone.Value), Is.True);
            Assert.That((written.Kind, written.Value), Is.EqualTo((TargetKind.Percentage, 100d)));
            Assert.That(other.Select(t => (t.Kind, t.Scope)), Is.EqualTo(new[]
            {
                (TargetKind.Percentage, (string?)"监测计划完成率"), (TargetKind.Milestone, "二级以上公立医院食源性疾病监测"),
            }), "a percentage for another measure does not replace the commitment");
        });
    }

    [TestCase("2021年是十四五开局之年。")]
    [TestCase("于2021年11月10日印发实施。")]
    [TestCase("从2017年起全面推开。")]
    [TestCase("2016年以来建立了制度。")]
    public void Dates_and_starting_points_are_not_milestones(string text) => Assert.That(Extract(text), Is.Empty);

    // §14 numbers in every form
    [TestCase("达到６０％以上。", 60, "%", TargetKind.Percentage, TargetComparator.AtLeast)]
    [TestCase("健康素养水平达到百分之六十五。", 65, "%", TargetKind.Percentage, TargetComparator.Equal)]
    [TestCase("报销比例提高到七成以上。", 70, "%", TargetKind.Percentage, TargetComparator.AtLeast)]
    [TestCase("费用降低三成。", 30, "%", TargetKind.Percentage, TargetComparator.Equal)]
    [TestCase("占比不低于十分之一。", 10, "%", TargetKind.Percentage, TargetComparator.AtLeast)]
    [TestCase("婴儿死亡率控制在5‰以下。", 5, "‰", TargetKind.Rate, TargetComparator.AtMost)]
    [TestCase("婴儿死亡率控制在千分之六以下。", 6, "‰", TargetKind.Rate, TargetComparator.AtMost)]
    [TestCase("孕产妇死亡率下降到十万分之十二。", 12, "/10万", TargetKind.Rate, TargetComparator.Equal)]
    [TestCase("孕产妇死亡率控制在12/10万以下。", 12, "/10万", TargetKind.Rate, TargetComparator.AtMost)]
    [TestCase("年服务量达到10万人次以上。", 100_000, "人次", TargetKind.Count, TargetComparator.AtLeast)]
    [TestCase("发生率至少下降10个百分点。", -10, "个百分点", TargetKind.PercentagePoints, TargetComparator.AtMost)]
    [TestCase("覆盖率至少提高5个百分点。", 5, "个百分点", TargetKind.PercentagePoints, TargetComparator.AtLeast)]
    [TestCase("投入2 000万元。", 20_000_000, "元", TargetKind.Money, TargetComparator.Equal)]
    [TestCase("投入2\u00A0000万元。", 20_000_000, "元", TargetKind.Money, TargetComparator.Equal)]
    [TestCase("投入2\u202F000万元。", 20_000_000, "元", TargetKind.Money, TargetComparator.Equal)]
    [TestCase("投入2\u3000000万元。", 20_000_000, "元", TargetKind.Money, TargetComparator.Equal)]
    [TestCase("投入1,200万元。", 12_000_000, "元", TargetKind.Money, TargetComparator.Equal)]
    [TestCase("覆盖率达到9\u200B0%。", 90, "%", TargetKind.Percentage, TargetComparator.Equal)]
    [TestCase("覆盖率达到9\u00AD0%。", 90, "%", TargetKind.Percentage, TargetComparator.Equal)]
    [TestCase("覆盖率达到9\u20600%。", 90, "%", TargetKind.Percentage, TargetComparator.Equal)]
    [TestCase("人均预期寿命达到78.3岁。", 78.3, "岁", TargetKind.Count, TargetComparator.Equal)]
    [TestCase("电子病历应用水平平均级别达到4级以上。", 4, "级", TargetKind.Count, TargetComparator.AtLeast)]
    public void Numbers_in_every_written_form(string text, double value, string unit, TargetKind kind, TargetComparator comparator)
    {
        var target = Extract(text).Single();

        Assert.That((target.Value, target.Unit, target.Kind, target.Comparator), Is.EqualTo((value, unit, kind, comparator)));
    }

    [Test]
    public void Full_width_digits_keep_their_source_span()
    {
        const string text = "到２０２５年，覆盖率达到６０％以上。";
        var target = Extract(text).Single();

        Assert.That((Quoted(text, target), target.Text, target.DeadlineYear), Is.EqualTo(("６０％以上", "６０％以上", (int?)2025)));
    }

    [TestCase("医疗纠纷发生率较上年度至少下降10个百分点。", -10, TargetComparator.AtMost, "医疗纠纷发生率")]
    [TestCase("住院费用报销比例提高5个百分点。", 5, TargetComparator.Equal, "住院费用报销比例")]
    public void Percentage_points_are_a_change_never_a_level(string text, double change, TargetComparator comparator, string scope)
    {
        var target = Extract(text).Single();

        Assert.That((target.Kind, target.Value, target.Unit, target.Comparator, target.Scope),
            Is.EqualTo((TargetKind.PercentagePoints, change, "个百分点", comparator, (string?)scope)));
    }

    [Test]
    public void What_a_value_is_per_stays_out_of_the_scope()
    {
        var target = Extract("对试点城市的市辖区按照每个100万元的标准给予补助。").Single();

        Assert.That((target.Value, target.Per, target.Scope), Is.EqualTo((1_000_000d, (string?)"每个", (string?)"对试点城市的市辖区")));
    }

    [Test]
    public void Month_deadlines_stay_out_of_the_scope()
    {
        var target = Extract("2023年6月底前完成筛查率80%以上。").Single();

        Assert.That((target.Value, target.Scope, target.DeadlineYear, target.DeadlineMonth), Is.EqualTo((80d, (string?)"筛查率", (int?)2023, (int?)6)));
    }

    [TestCase("“十四五”期间，基层诊疗量占比达到65%。", 2025)]
    [TestCase("到十三五末，基层诊疗量占比达到65%。", 2020)]
    public void Plan_periods_are_deadlines(string text, int year) =>
        Assert.That(Extract(text).Single().DeadlineYear, Is.EqualTo(year));

    [TestCase("覆盖率达到9.9.9%。", "9.9.9%")]
    [TestCase("比例达到百分之六五。", "百分之六五")]
    [TestCase("上述健康场所占比分别提高5—1%。", "5—1%")]
    public void An_unreadable_number_is_reported_never_a_value(string text, string written)
    {
        var reading = Read(text);

        Assert.Multiple(() =>
        {
            Assert.That(reading.Targets, Is.Empty);
            Assert.That(reading.Unreadable.Select(u => text.Substring(u.Span.Start, u.Span.Length)), Is.EqualTo(new[] { written }));
        });
    }

    [Test]
    public void A_falling_range_of_points_is_the_interval_from_the_larger_fall()
    {
        var target = Extract("住院率下降5—10个百分点。").Single();

        Assert.That((target.Value, target.ValueMax, target.Kind), Is.EqualTo((-10d, (double?)-5d, TargetKind.PercentagePoints)));
    }

    [Test]
    public void An_unreadable_number_is_a_parse_warning_on_the_document()
    {
        const string text = "一、重点任务\n（一）提高覆盖。覆盖率达到9.9.9%。（省卫生健康委牵头）\n（二）完善制度。建立制度。（省医保局牵头）\n";
        var document = TestPlans.Parse(text, "bad-number");
        var warning = document.Warnings.Single();

        Assert.Multiple(() =>
        {
            Assert.That((warning.Kind, warning.DocumentId, warning.Line, warning.SourceOffset), Is.EqualTo((ParseWarningKind.UnreadableNumber, "bad-number", 2, text.IndexOf("9.9.9%", StringComparison.Ordinal))));
            Assert.That(document.Tasks[0].Targets, Is.Empty);
        });
    }

    // §15 not targets
    [TestCase("推行“5张报表”制度。")]
    [TestCase("构建“1+X”服务模式。")]
    [TestCase("推广“3+2”培养模式。")]
    [TestCase("力争保五争三。")]
    [TestCase("加强0-3岁婴幼儿照护服务。")]
    [TestCase("为65岁以上老年人提供健康管理服务。")]
    [TestCase("推进3级医院建设。")]
    [TestCase("开展为期100天的专项整治行动。")]
    [TestCase("用3个月时间集中整治。")]
    [TestCase("开展30天攻坚行动。")]
    [TestCase("落实《“十四五”卫生健康规划》。")]
    public void Programme_names_slogans_ages_and_campaigns_are_not_targets(string text) => Assert.That(Extract(text), Is.Empty);
}
