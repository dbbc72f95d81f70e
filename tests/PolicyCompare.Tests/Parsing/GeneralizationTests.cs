using System.Text;
using NUnit.Framework;
using PolicyCompare.Corpus;
using PolicyCompare.Documents;
using PolicyCompare.Parsing;

namespace PolicyCompare.Tests.Parsing;

/// <summary>Plans in shapes the seeds do not have: three levels, 牵头 phrasing, restarts, （1）, no departments, encodings, HTML.</summary>
public sealed class GeneralizationTests
{
    [Test]
    public void Three_level_plan_has_its_tasks_at_the_arabic_level()
    {
        var document = TestPlans.Parse(TestPlans.Read("three-level-lead.txt"));

        Assert.Multiple(() =>
        {
            Assert.That(document.Tasks.Select(t => t.Number), Is.EqualTo(new[] { "1.", "2.", "1.", "2.", "1.", "2." }));
            Assert.That(document.Tasks[0].SectionPath, Is.EqualTo(new[] { "深化公立医院改革", "完善补偿机制" }));
            Assert.That(document.Tasks[2].SectionPath, Is.EqualTo(new[] { "深化公立医院改革", "加强综合监管" }));
            Assert.That(document.Tasks[4].SectionPath, Is.EqualTo(new[] { "加强基层服务能力", "推进县域医共体建设" }));
            Assert.That(document.Sections.Select(s => (s.Number, s.Depth)), Is.EqualTo(new[]
            {
                ("一", 1), ("(一)", 2), ("(二)", 2), ("二", 1), ("(一)", 2), ("三", 1),
            }));
            Assert.That(document.Sections[1].ParentIndex, Is.EqualTo(0));
            Assert.That(document.Tasks[0].Title, Is.EqualTo("调整医疗服务价格"));
        });
        TestPlans.AssertConservation(document);
    }

    [Test]
    public void Lead_phrasing_marks_the_lead_and_participants()
    {
        var document = TestPlans.Parse(TestPlans.Read("three-level-lead.txt"));
        var first = document.Tasks[0].Responsibilities;
        var second = document.Tasks[1].Responsibilities;

        Assert.Multiple(() =>
        {
            Assert.That(first.Select(r => (r.Name, r.Role, r.Rank)), Is.EqualTo(new[]
            {
                ("省医保局", ResponsibilityRole.Lead, 1), ("省卫生健康委", ResponsibilityRole.Co, 2), ("省财政厅", ResponsibilityRole.Co, 3),
            }));
            Assert.That(first.Select(r => r.Canonical), Is.EqualTo(new[] { "medical-security", "health-commission", "finance" }));
            Assert.That(second.Select(r => (r.Name, r.Role)), Is.EqualTo(new[]
            {
                ("省财政厅", ResponsibilityRole.Lead), ("省卫生健康委", ResponsibilityRole.Participate),
            }));
            Assert.That(document.Tasks[4].Responsibilities.Select(r => (r.Name, r.Canonical, r.Role)), Is.EqualTo(new[]
            {
                ("省卫生健康委", (string?)"health-commission", ResponsibilityRole.Lead), ("各市县人民政府", "local-government", ResponsibilityRole.Co),
            }));
        });
    }

    [Test]
    public void Inline_enumerations_and_sub_points_stay_inside_their_task()
    {
        var document = TestPlans.Parse(TestPlans.Read("three-level-lead.txt"));

        Assert.Multiple(() =>
        {
            Assert.That(document.Tasks[2].Text.Value, Does.Contain("一是查处欺诈骗保，二是规范诊疗行为"));
            Assert.That(document.Tasks[3].Text.Value, Does.Contain("重点做好(1)信息归集和(2)结果运用"));
            Assert.That(document.Tasks[5].Text.Value, Does.Contain("(1)完善培养机制。(2)落实就业保障。"));
            Assert.That(document.Tasks[5].Responsibilities.Select(r => r.Name), Is.EqualTo(new[] { "省教育厅", "省卫生健康委" }));
        });
    }

    [Test]
    public void Three_level_plan_targets_and_closing()
    {
        var document = TestPlans.Parse(TestPlans.Read("three-level-lead.txt"));
        var inspection = document.Tasks[2].Targets.Single();
        var county = document.Tasks[4].Targets;
        var closing = document.Spans.Where(s => s.Kind == SpanKind.Closing).Select(s => s.Span.Slice(document.SourceText)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That((inspection.Value, inspection.Comparator, inspection.Scope), Is.EqualTo((20d, TargetComparator.AtLeast, "飞行检查覆盖率")));
            Assert.That(county.Select(t => (t.Value, t.Kind)), Is.EqualTo(new[] { (50d, TargetKind.Count), (3.2, TargetKind.Ratio) }));
            Assert.That(county[1].Per, Is.EqualTo("每千人口"));
            Assert.That(document.Tasks[5].Targets.Single().Value, Is.EqualTo(500));
            Assert.That(string.Concat(closing), Does.Contain("各地要加强组织领导"));
            Assert.That(document.Tasks[^1].Text.Value, Does.Not.Contain("组织领导"));
            Assert.That(document.Metadata.Title, Is.EqualTo("海南省2023年深化医药卫生体制改革重点工作方案"));
            Assert.That((document.Metadata.Region, document.Metadata.Level, document.Metadata.Year), Is.EqualTo(("海南省", "province", 2023)));
        });
    }

    [Test]
    public void Restarted_full_width_numbering_with_sub_points()
    {
        var document = TestPlans.Parse(TestPlans.Read("restart-fullwidth.txt"));

        Assert.Multiple(() =>
        {
            Assert.That(document.Tasks.Select(t => t.Number), Is.EqualTo(new[] { "（一）", "（二）", "（一）", "（二）", "（三）" }));
            Assert.That(document.Tasks.Select(t => t.SectionPath[0]), Is.EqualTo(new[] { "推进医疗改革", "推进医疗改革", "加强公共卫生", "加强公共卫生", "加强公共卫生" }));
            Assert.That(document.Tasks[1].Responsibilities.Select(r => (r.Name, r.Role)), Is.EqualTo(new[]
            {
                ("市医保局", ResponsibilityRole.Lead), ("市卫健委", ResponsibilityRole.Participate),
            }));
            Assert.That(document.Tasks[2].Responsibilities.Select(r => (r.Name, r.Canonical, r.Role)), Is.EqualTo(new[]
            {
                ("市疾控中心", (string?)"disease-control", ResponsibilityRole.Lead), ("市卫健委", "health-commission", ResponsibilityRole.Co),
                ("市财政局", "finance", ResponsibilityRole.Participate),
            }));
            Assert.That(document.Tasks[4].Text.Value, Does.Contain("（1）创建国家卫生城市。（2）推进健康村镇建设"));
            Assert.That(document.Tasks[4].Responsibilities.Single().Canonical, Is.Null, "an unknown office is kept, not dropped");
            Assert.That(document.Tasks[1].Targets.Single().Comparator, Is.EqualTo(TargetComparator.AtLeast));
            Assert.That((document.Metadata.Region, document.Metadata.Level, document.Metadata.Year), Is.EqualTo(("佛山市", "city", 2022)));
        });
        TestPlans.AssertConservation(document);
    }

    [Test]
    public void Plan_without_departments_is_not_stated_and_ends_before_the_closing()
    {
        var document = TestPlans.Parse(TestPlans.Read("no-departments.txt"));

        Assert.Multiple(() =>
        {
            Assert.That(document.Tasks.Select(t => t.Number), Is.EqualTo(new[] { "1、", "2、", "3、", "4、" }));
            Assert.That(document.StatesResponsibilities, Is.False);
            Assert.That(document.Tasks[3].SectionPath, Is.EqualTo(new[] { "保障措施" }));
            Assert.That(document.Tasks[3].Text.Value, Is.EqualTo("加强督导考核。将各项任务纳入年度考核，确保完成。"));
            Assert.That(document.Spans.Any(s => s.Kind == SpanKind.Closing && s.Span.Slice(document.SourceText).Contains("各单位要高度重视")), Is.True);
            Assert.That(document.Tasks[1].Targets.Select(t => (t.Value, t.Unit)), Is.EqualTo(new[] { (10d, "个"), (5_000_000d, "元") }));
            Assert.That(document.Tasks[0].Targets.Select(t => t.Scope), Is.EqualTo(new[] { "家庭医生签约服务覆盖率", "重点人群签约率" }));
            Assert.That((document.Metadata.Region, document.Metadata.Level, document.Metadata.Year), Is.EqualTo(("浏阳市", "county", 2020)), "浏阳市 is a county-level city");
        });
        TestPlans.AssertConservation(document);
    }

    [Test]
    public void Crlf_line_endings_parse_the_same()
    {
        var lf = TestPlans.Read("three-level-lead.txt").ReplaceLineEndings("\n");
        var crlf = lf.Replace("\n", "\r\n", StringComparison.Ordinal);

        var a = TestPlans.Parse(lf);
        var b = TestPlans.Parse(crlf);

        Assert.Multiple(() =>
        {
            Assert.That(b.Tasks.Select(t => t.Text.Value), Is.EqualTo(a.Tasks.Select(t => t.Text.Value)));
            Assert.That(b.Tasks.Select(t => t.Responsibilities.Count), Is.EqualTo(a.Tasks.Select(t => t.Responsibilities.Count)));
        });
        TestPlans.AssertConservation(b);
    }

    [TestCase("gb18030")]
    [TestCase("utf-16")]
    [TestCase("utf-16BE")]
    [TestCase("utf-16-nobom")]
    [TestCase("utf-8-bom")]
    public void Encoded_plans_are_decoded_automatically(string encoding)
    {
        var text = TestPlans.Read("restart-fullwidth.txt");
        var bytes = encoding switch
        {
            "gb18030" => Gb18030().GetBytes(text),
            "utf-16" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16BE" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            "utf-16-nobom" => Encoding.Unicode.GetBytes(text),
            _ => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        };
        var folder = Directory.CreateTempSubdirectory("pc-enc-");
        try
        {
            var path = System.IO.Path.Combine(folder.FullName, "foshan-2022.txt");
            File.WriteAllBytes(path, bytes);

            var document = new FileCorpusLoader(new PlanParser()).Load([path]).Documents.Single();

            Assert.Multiple(() =>
            {
                Assert.That(document.Tasks, Has.Count.EqualTo(5));
                Assert.That(document.SourceText, Is.EqualTo(text));
                Assert.That(document.SourceEncoding, Is.EqualTo(encoding switch { "gb18030" => "gb18030", "utf-16-nobom" => "utf-16", "utf-8-bom" => "utf-8", _ => encoding }));
            });
        }
        finally
        {
            folder.Delete(true);
        }
    }

    [Test]
    public void Html_plan_is_reduced_to_text_and_parsed()
    {
        var corpus = new FileCorpusLoader(new PlanParser()).Load([TestPlans.Path("plan.html")]);
        var document = corpus.Documents.Single();

        Assert.Multiple(() =>
        {
            Assert.That(document.Id, Is.EqualTo("plan"));
            Assert.That(document.Tasks.Select(t => t.Title), Is.EqualTo(new[] { "推进分级诊疗", "强化医保支付", "加强人才建设" }));
            Assert.That(document.Tasks[1].Text.Value, Is.EqualTo("强化医保支付。推进DRG付费改革。"));
            Assert.That(document.SourceText, Does.Not.Contain("tracker"));
            Assert.That(document.Spans.Where(s => s.Kind == SpanKind.Boilerplate).Select(s => s.Span.Slice(document.SourceText)), Has.Some.Contains("ICP备"));
            Assert.That(document.Tasks[0].Responsibilities.Select(r => (r.Canonical, r.Role)), Is.EqualTo(new[]
            {
                ((string?)"health-commission", ResponsibilityRole.Lead), ("medical-security", ResponsibilityRole.Participate),
            }));
            Assert.That((document.Metadata.Region, document.Metadata.Year), Is.EqualTo(("广州市", 2022)));
            Assert.That(corpus.Notices.Single(), Does.Contain("广州市"));
        });
        TestPlans.AssertConservation(document);
    }

    [Test]
    public void Plan_after_a_numbered_notice_restarts_the_outline()
    {
        const string text = "关于印发重点工作任务的通知\n现就有关事项通知如下：\n一、提高认识\n各地要高度重视。\n二、抓好落实\n请认真贯彻执行。\n三、及时报告\n请按时报送进展。\n"
            + "淄博市2023年卫生健康重点工作任务\n一、深化改革\n（一）推进医保支付改革。覆盖率达到90%。（市医保局负责）\n（二）推进集中采购。（市医保局、市卫健委按职责分工负责）\n"
            + "二、强化公卫\n（一）完善疾控体系。（市疾控局负责）\n";

        var document = TestPlans.Parse(text);

        Assert.Multiple(() =>
        {
            Assert.That(document.Tasks.Select(t => t.Title), Is.EqualTo(new[] { "推进医保支付改革", "推进集中采购", "完善疾控体系" }));
            Assert.That(document.Tasks[2].SectionPath, Is.EqualTo(new[] { "强化公卫" }));
        });
        TestPlans.AssertConservation(document);
    }

    [Test]
    public void Labelled_department_lists_in_brackets_or_on_their_own_line()
    {
        var document = TestPlans.Parse(TestPlans.Read("labelled-units.txt"));

        Assert.Multiple(() =>
        {
            Assert.That(document.Tasks, Has.Count.EqualTo(4));
            Assert.That(document.Tasks[0].Responsibilities.Select(r => (r.Name, r.Role)), Is.EqualTo(new[]
            {
                ("市卫生健康委", ResponsibilityRole.Lead), ("市财政局", ResponsibilityRole.Participate), ("市医保局", ResponsibilityRole.Participate),
            }));
            Assert.That(document.Tasks[1].Responsibilities.Select(r => (r.Name, r.Role)), Is.EqualTo(new[]
            {
                ("市卫生健康委", ResponsibilityRole.Lead), ("市医保局", ResponsibilityRole.Co),
            }));
            Assert.That(document.Tasks[1].Text.Value, Is.EqualTo("做实家庭医生签约服务。重点人群签约率达到75%以上。"));
            Assert.That(document.Tasks[2].Responsibilities.Select(r => r.Canonical), Is.EqualTo(new[] { "medical-security", "public-security", "health-commission" }));
            Assert.That(document.Tasks[3].Responsibilities.Select(r => (r.Name, r.Role)), Is.EqualTo(new[]
            {
                ("市医保局", ResponsibilityRole.Lead), ("市公安局", ResponsibilityRole.Participate),
            }));
            Assert.That(document.Tasks[3].Text.Value, Is.EqualTo("严厉打击欺诈骗保。开展专项检查。"));
        });
        TestPlans.AssertConservation(document);
    }

    private static Encoding Gb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("gb18030");
    }
}
