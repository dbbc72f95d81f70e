using NUnit.Framework;
using PolicyCompare.Documents;
using PolicyCompare.Parsing;

namespace PolicyCompare.Tests.Parsing;

/// <summary>Plan shapes from issue 8 (structure): each case is one example of a kind, with its expected values.</summary>
public sealed class StructureShapeTests
{
    [Test]
    public void Full_width_digits_read_as_half_width_with_spans_on_the_source()
    {
        const string text = "二、重点任务\n（１）提高健康素养。到２０２５年，居民健康素养水平达到６０％以上。（省卫生健康委牵头）\n（２）完善考核办法。（省卫生健康委牵头）\n";
        var document = TestPlans.Parse(text);
        var target = document.Tasks[0].Targets.Single();

        Assert.Multiple(() =>
        {
            Assert.That(document.Tasks.Select(t => t.Number), Is.EqualTo(new[] { "（１）", "（２）" }));
            Assert.That(document.Tasks[0].Text.Value, Does.Contain("到2025年，居民健康素养水平达到60％以上"));
            Assert.That((target.Value, target.DeadlineYear), Is.EqualTo((60d, (int?)2025)));
            Assert.That(target.Span.Slice(text), Does.StartWith("６０％"));
            Assert.That(document.Tasks[0].Responsibilities.Single().Name, Is.EqualTo("省卫生健康委"));
        });
        TestPlans.AssertConservation(document);
    }

    [Test]
    public void Full_width_decimal_point_between_digits_is_a_decimal_point()
    {
        var document = TestPlans.Parse("一、重点任务\n（一）提高覆盖。覆盖率达到６０．５％以上。\n（二）完善考核办法。\n");

        Assert.That(document.Tasks[0].Targets.Single().Value, Is.EqualTo(60.5));
    }

    [Test]
    public void Full_width_year_in_the_title_gives_the_year()
    {
        var document = TestPlans.Parse("某省２０２４年医改重点工作任务\n一、重点任务\n（一）完善机制。\n（二）完善考核办法。\n");

        Assert.That(document.Metadata.Year, Is.EqualTo(2024));
    }

    [Test]
    public void A_childless_heading_ends_the_task_before_it_and_attachments_are_not_tasks()
    {
        const string text = "二、重点任务\n1.建立协调机制。（省卫生健康委牵头）\n2.完善考核办法。（省卫生健康委牵头）\n三、保障措施\n强化经费保障。\n附件：1.部门职责分工表\n2.年度任务清单\n";
        var document = TestPlans.Parse(text);
        var spanOf = (string s) => document.Spans.Single(d => d.Span.Contains(new SourceSpan(text.IndexOf(s, StringComparison.Ordinal), s.Length))).Kind;

        Assert.Multiple(() =>
        {
            Assert.That(document.Tasks.Select(t => t.Text.Value), Is.EqualTo(new[] { "建立协调机制。", "完善考核办法。" }));
            Assert.That(document.Sections.Select(s => (s.Number, s.Title)), Is.EqualTo(new[] { ("二", "重点任务"), ("三", "保障措施") }));
            Assert.That(spanOf("强化经费保障。"), Is.Not.EqualTo(SpanKind.Task));
            Assert.That(spanOf("附件：1.部门职责分工表"), Is.EqualTo(SpanKind.Boilerplate));
            Assert.That(spanOf("2.年度任务清单"), Is.Not.EqualTo(SpanKind.Task));
        });
        TestPlans.AssertConservation(document);
    }

    [Test]
    public void Multi_level_plan_keeps_parts_groups_and_tasks_with_framing_units_as_principles()
    {
        const string text = "二、总体要求\n（一）指导思想。坚持以人民健康为中心。\n三、主要任务\n（一）防控重大疾病。\n1.实施慢病防治行动。加强高血压、糖尿病管理。\n2.实施癌症防治行动。推进早诊早治。\n";
        var document = TestPlans.Parse(text);

        Assert.Multiple(() =>
        {
            Assert.That(document.PolicyTasks.Select(t => t.Number), Is.EqualTo(new[] { "1.", "2." }));
            Assert.That(document.PolicyTasks.Select(t => string.Join(" › ", t.SectionPath)), Is.EqualTo(new[] { "主要任务 › 防控重大疾病", "主要任务 › 防控重大疾病" }));
            Assert.That(document.PolicyTasks.Select(t => t.Title), Is.EqualTo(new[] { "实施慢病防治行动", "实施癌症防治行动" }));
            Assert.That(document.Tasks.Select(t => (t.Title, t.Kind, t.IsPolicyTask)), Is.EqualTo(new[]
            {
                ("指导思想", UnitKind.Principle, false), ("实施慢病防治行动", UnitKind.Task, true), ("实施癌症防治行动", UnitKind.Task, true),
            }));
            Assert.That(document.Sections.Select(s => s.Title), Is.EqualTo(new[] { "总体要求", "主要任务", "防控重大疾病" }));
        });
        TestPlans.AssertConservation(document);
    }

    [Test]
    public void Safeguard_units_are_policy_tasks_of_kind_safeguard_and_goal_units_are_not_policy_tasks()
    {
        const string text =
            "一、总体要求\n（一）基本原则。坚持政府主导。\n（二）工作目标。到2025年，建成分级诊疗制度。\n"
            + "二、主要任务\n（一）防控重大疾病。\n1.实施慢病防治行动。加强管理。\n2.实施癌症防治行动。推进早诊早治。\n（二）完善医疗服务。\n1.改善就医体验。推行预约诊疗。\n"
            + "三、保障措施\n（一）加强组织领导。各地要建立协调机制。（省卫生健康委牵头）\n（二）强化经费保障。落实投入责任。（省财政厅牵头）\n";
        var document = TestPlans.Parse(text);

        Assert.Multiple(() =>
        {
            Assert.That(document.Tasks.Select(t => (t.Title, t.Kind)), Is.EqualTo(new[]
            {
                ("基本原则", UnitKind.Principle), ("工作目标", UnitKind.Goal), ("实施慢病防治行动", UnitKind.Task), ("实施癌症防治行动", UnitKind.Task),
                ("改善就医体验", UnitKind.Task), ("加强组织领导", UnitKind.Safeguard), ("强化经费保障", UnitKind.Safeguard),
            }));
            Assert.That(document.PolicyTasks, Has.Count.EqualTo(5));
            Assert.That(document.PolicyTasks[^1].Responsibilities.Single().Name, Is.EqualTo("省财政厅"));
            Assert.That(document.Tasks[1].SectionPath, Is.EqualTo(new[] { "总体要求" }));
        });
        TestPlans.AssertConservation(document);
    }

    [TestCase("1.", "2.")]
    [TestCase("1、", "2、")]
    [TestCase("1．", "2．")]
    [TestCase("1。", "2。")]
    [TestCase("1）", "2）")]
    [TestCase("1)", "2)")]
    [TestCase("（1）", "（2）")]
    [TestCase("(1)", "(2)")]
    [TestCase("⑴", "⑵")]
    [TestCase("①", "②")]
    [TestCase("⒈", "⒉")]
    [TestCase("第一条", "第二条")]
    [TestCase("第1条", "第2条")]
    [TestCase("（一）", "（二）")]
    [TestCase("一、", "二、")]
    [TestCase("一．", "二．")]
    [TestCase("１．", "２．")]
    [TestCase("（１）", "（２）")]
    public void Every_numbering_style_numbers_tasks(string first, string second)
    {
        var document = TestPlans.Parse($"某市医改工作方案\n{first}建立协调机制。加强统筹。\n{second}完善考核办法。加强考核。\n");

        Assert.That(document.Tasks.Select(t => (t.Number, t.Title)), Is.EqualTo(new[] { (first, "建立协调机制"), (second, "完善考核办法") }));
    }

    [Test]
    public void Numbering_restarting_in_each_section_and_continuous_numbering_give_the_same_tasks()
    {
        var restarting = TestPlans.Parse("一、改革\n1。甲任务。\n2。乙任务。\n二、服务\n1。丙任务。\n");
        var continuous = TestPlans.Parse("一、改革\n1。甲任务。\n2。乙任务。\n二、服务\n3。丙任务。\n");

        Assert.That(restarting.Tasks.Select(t => t.Text.Value), Is.EqualTo(continuous.Tasks.Select(t => t.Text.Value)));
        Assert.That(continuous.Warnings, Is.Empty);
    }

    [Test]
    public void Inline_series_are_sub_items_of_their_task_with_spans()
    {
        const string text = "一、重点任务\n（一）强化监管。一是查处欺诈骗保，二是规范诊疗行为，三是加强信用管理。同时完善制度。\n（二）完善考核办法。\n";
        var document = TestPlans.Parse(text);
        var items = document.Tasks[0].SubItems;

        Assert.Multiple(() =>
        {
            Assert.That(document.Tasks, Has.Count.EqualTo(2));
            Assert.That(items.Select(i => (i.Marker, i.Text)), Is.EqualTo(new[] { ("一是", "查处欺诈骗保"), ("二是", "规范诊疗行为"), ("三是", "加强信用管理") }));
            Assert.That(items.Select(i => i.Span.Slice(text)), Is.EqualTo(new[] { "一是查处欺诈骗保，", "二是规范诊疗行为，", "三是加强信用管理。" }));
            Assert.That(document.Tasks[1].SubItems, Is.Empty);
        });
    }

    [Test]
    public void A_childless_heading_title_stops_at_its_line_end()
    {
        const string text = "一、主要任务\n（一）健全机制\n1.建立协调机制。\n2.完善考核办法。\n（二）宣传健康理念\n各部门要主动宣讲。\n";
        var document = TestPlans.Parse(text);

        Assert.Multiple(() =>
        {
            Assert.That(document.Tasks.Select(t => t.Title), Is.EqualTo(new[] { "建立协调机制", "完善考核办法", "宣传健康理念" }));
            Assert.That(document.Tasks[2].Text.Value, Is.EqualTo("宣传健康理念各部门要主动宣讲。"));
        });
    }

    [Test]
    public void Markdown_input_parses_to_the_same_tasks_as_plain_text()
    {
        const string plain = "某市医改工作方案\n一、总体要求\n坚持以人民为中心。\n二、重点任务\n（一）建立协调机制。加强统筹。（市卫健委牵头）\n（二）完善考核办法。加强考核。（市医保局牵头）\n";
        const string markdown = "# 某市医改工作方案\n\n## 一、总体要求\n\n坚持以人民为中心。\n\n## 二、重点任务\n\n### （一）建立协调机制。\n\n**加强统筹。**（市卫健委牵头）\n\n- （二）**完善考核办法**。加强考核。（市医保局牵头）\n";
        var a = TestPlans.Parse(plain);
        var b = TestPlans.Parse(markdown);

        Assert.Multiple(() =>
        {
            Assert.That(b.Tasks.Select(t => (t.Number, t.Title, t.Text.Value)), Is.EqualTo(a.Tasks.Select(t => (t.Number, t.Title, t.Text.Value))));
            Assert.That(b.Tasks.Select(t => t.Responsibilities.Single().Name), Is.EqualTo(new[] { "市卫健委", "市医保局" }));
            Assert.That(b.Sections.Select(s => s.Title), Is.EqualTo(a.Sections.Select(s => s.Title)));
            Assert.That(b.Metadata.Title, Is.EqualTo("某市医改工作方案"));
        });
        TestPlans.AssertConservation(b);
    }

    [Test]
    public void Shuffled_sections_keep_every_task_and_warn()
    {
        const string text = "一、改革\n（一）甲任务。\n（二）乙任务。\n三、服务\n（一）丙任务。\n（二）丁任务。\n二、保障\n（一）戊任务。\n（二）己任务。\n四、监管\n（一）庚任务。\n";
        var document = TestPlans.Parse(text);
        var warning = document.Warnings.Single();

        Assert.Multiple(() =>
        {
            Assert.That(document.Tasks.Select(t => t.Text.Value), Is.EqualTo(new[] { "甲任务。", "乙任务。", "丙任务。", "丁任务。", "戊任务。", "己任务。", "庚任务。" }));
            Assert.That(document.Tasks[4].SectionPath, Is.EqualTo(new[] { "保障" }));
            Assert.That((warning.Kind, warning.DocumentId, warning.Line, warning.SourceOffset), Is.EqualTo((ParseWarningKind.NumberingOutOfOrder, "plan", 7, text.IndexOf("二、保障", StringComparison.Ordinal))));
        });
    }

    [Test]
    public void A_duplicated_task_line_is_kept_and_reported()
    {
        const string text = "一、改革\n（一）甲任务。\n（二）乙任务。\n（二）乙任务。\n（三）丙任务。\n";
        var document = TestPlans.Parse(text);

        Assert.Multiple(() =>
        {
            Assert.That(document.Tasks.Select(t => t.Text.Value), Is.EqualTo(new[] { "甲任务。", "乙任务。", "乙任务。", "丙任务。" }));
            Assert.That(document.Warnings.Select(w => (w.Kind, w.Line)), Is.EqualTo(new[] { (ParseWarningKind.DuplicateNumber, 4) }));
        });
    }

    [Test]
    public void A_numbering_gap_is_kept_and_reported()
    {
        const string text = "一、改革\n（九）甲任务。\n（十）乙任务。\n（十二）丙任务。\n（十三）丁任务。\n";
        var document = TestPlans.Parse(text);

        Assert.Multiple(() =>
        {
            Assert.That(document.Tasks.Select(t => t.Number), Is.EqualTo(new[] { "（九）", "（十）", "（十二）", "（十三）" }));
            Assert.That(document.Warnings.Select(w => (w.Kind, w.Line)), Is.EqualTo(new[] { (ParseWarningKind.NumberingGap, 2), (ParseWarningKind.NumberingGap, 4) }));
        });
    }

    [Test]
    public void A_large_gap_at_the_start_of_a_paragraph_is_kept_and_reported()
    {
        var document = TestPlans.Parse("一、改革\n（一）甲任务。\n（二）乙任务。\n（六）丙任务。\n");

        Assert.Multiple(() =>
        {
            Assert.That(document.Tasks.Select(t => t.Number), Is.EqualTo(new[] { "（一）", "（二）", "（六）" }));
            Assert.That(document.Warnings.Select(w => w.Kind), Is.EqualTo(new[] { ParseWarningKind.NumberingGap }));
        });
    }

    [Test]
    public void An_enumeration_inside_a_broken_sentence_does_not_split_a_task()
    {
        var document = TestPlans.Parse("一、改革\n（一）甲任务，重点做好\n（五）类人员的管理。\n（二）乙任务。\n");

        Assert.Multiple(() =>
        {
            Assert.That(document.Tasks.Select(t => t.Text.Value), Is.EqualTo(new[] { "甲任务，重点做好（五）类人员的管理。", "乙任务。" }));
            Assert.That(document.Warnings, Is.Empty);
        });
    }

    [Test]
    public void An_empty_unit_is_kept_and_reported()
    {
        const string text = "一、改革\n（一）甲任务。\n二、服务\n（一）乙任务。\n三、\n四、监管\n（一）丙任务。\n";
        var document = TestPlans.Parse(text);

        Assert.Multiple(() =>
        {
            Assert.That(document.Tasks.Select(t => t.Text.Value), Is.EqualTo(new[] { "甲任务。", "乙任务。", "丙任务。" }));
            Assert.That(document.Sections.Select(s => s.Number), Is.EqualTo(new[] { "一", "二", "三", "四" }));
            Assert.That(document.Warnings.Select(w => (w.Kind, w.Line)), Is.EqualTo(new[] { (ParseWarningKind.EmptyUnit, 5) }));
        });
    }

    [Test]
    public void Many_repeated_units_parse_in_one_pass()
    {
        var text = string.Concat(Enumerable.Repeat("（一）\n", 20_000));
        var document = TestPlans.Parse(text);

        Assert.That(document.Tasks, Has.Count.EqualTo(20_000));
    }

    [Test]
    public void Text_with_no_line_breaks_gives_the_same_tasks_as_its_line_broken_original()
    {
        const string broken =
            "某市深化医疗保障制度改革实施意见\n为贯彻落实国家部署，现提出如下实施意见。\n一、总体要求\n（一）指导思想。坚持以人民健康为中心。\n"
            + "二、主要任务\n（一）健全监管体系。建立基金监管制度。〔责任单位：市医保局，市卫生健康委〕\n（二）完善待遇保障。落实医疗救助政策。（牵头单位：市医保局；责任单位：市民政局、市财政局）\n"
            + "三、保障措施\n（一）加强组织领导。各地要建立协调机制。（责任单位：市医保局、市卫生健康委）\n";
        var joined = broken.Replace("\n", "", StringComparison.Ordinal) + "\n相关附件：\n15.医保.mp3\n二维码\n";
        var a = TestPlans.Parse(broken);
        var b = TestPlans.Parse(joined);

        Assert.Multiple(() =>
        {
            Assert.That(b.Tasks.Select(t => (t.Number, t.Title, t.Kind, t.Text.Value)), Is.EqualTo(a.Tasks.Select(t => (t.Number, t.Title, t.Kind, t.Text.Value))));
            Assert.That(b.PolicyTasks.Select(t => t.Title), Is.EqualTo(new[] { "健全监管体系", "完善待遇保障", "加强组织领导" }));
            Assert.That(b.PolicyTasks.Select(t => t.ResponsibilitySpan!.Value.Slice(joined)), Is.EqualTo(new[]
            {
                "〔责任单位：市医保局，市卫生健康委〕", "（牵头单位：市医保局；责任单位：市民政局、市财政局）", "（责任单位：市医保局、市卫生健康委）",
            }));
            Assert.That(b.Sections.Select(s => s.Title), Is.EqualTo(new[] { "总体要求", "主要任务", "保障措施" }));
            foreach (var junk in new[] { "相关附件：", "15.医保.mp3", "二维码" })
            {
                var at = joined.IndexOf(junk, StringComparison.Ordinal);
                Assert.That(b.Spans.Single(s => s.Span.Contains(new SourceSpan(at, junk.Length))).Kind, Is.EqualTo(SpanKind.Boilerplate), junk);
            }
        });
        TestPlans.AssertConservation(b);
    }

    [Test]
    public void A_one_line_plan_numbered_in_one_style_splits_at_its_consistent_numbers()
    {
        const string text = "某县医改工作方案为推进医改制定本方案。（一）推进分级诊疗。重点做好（1）签约和（2）转诊。（县卫健局负责）（二）完善医保支付。推行按病种付费。（县医保局负责）（三）加强监管。开展专项检查。";
        var document = TestPlans.Parse(text);

        Assert.Multiple(() =>
        {
            Assert.That(document.Tasks.Select(t => t.Number), Is.EqualTo(new[] { "（一）", "（二）", "（三）" }));
            Assert.That(document.Tasks[0].Text.Value, Is.EqualTo("推进分级诊疗。重点做好（1）签约和（2）转诊。"));
            Assert.That(document.Tasks[1].Responsibilities.Single().Name, Is.EqualTo("县医保局"));
        });
        TestPlans.AssertConservation(document);
    }

    [Test]
    public void Page_junk_lines_are_boilerplate()
    {
        const string text = "一、重点任务\n（一）建立协调机制。\n（二）完善考核办法。\n相关附件：\n15.医保.mp3\n附件下载：实施方案.docx\n扫描二维码查看\n";
        var document = TestPlans.Parse(text);

        Assert.Multiple(() =>
        {
            Assert.That(document.Tasks.Select(t => t.Text.Value), Is.EqualTo(new[] { "建立协调机制。", "完善考核办法。" }));
            foreach (var junk in new[] { "相关附件：", "15.医保.mp3", "附件下载：实施方案.docx", "扫描二维码查看" })
            {
                var at = text.IndexOf(junk, StringComparison.Ordinal);
                Assert.That(document.Spans.Single(s => s.Span.Contains(new SourceSpan(at, junk.Length))).Kind, Is.EqualTo(SpanKind.Boilerplate), junk);
            }
        });
    }

    [Test]
    public void A_table_of_contents_is_boilerplate()
    {
        const string text = "某省医改工作方案\n目  录\n一、总体要求……………………3\n二、重点任务………………………5\n（一）建立协调机制.........6\n一、总体要求\n坚持以人民为中心。\n二、重点任务\n（一）建立协调机制。加强统筹。\n（二）完善考核办法。加强考核。\n";
        var document = TestPlans.Parse(text);

        Assert.Multiple(() =>
        {
            Assert.That(document.Tasks.Select(t => t.Title), Is.EqualTo(new[] { "建立协调机制", "完善考核办法" }));
            Assert.That(document.Sections.Select(s => s.Title), Is.EqualTo(new[] { "总体要求", "重点任务" }));
            Assert.That(document.Warnings, Is.Empty);
            foreach (var entry in new[] { "目  录", "一、总体要求……………………3", "（一）建立协调机制.........6" })
            {
                var at = text.IndexOf(entry, StringComparison.Ordinal);
                Assert.That(document.Spans.Single(s => s.Span.Contains(new SourceSpan(at, entry.Length))).Kind, Is.EqualTo(SpanKind.Boilerplate), entry);
            }
        });
    }

    [Test]
    public void A_document_with_only_a_duty_table_parses_into_rows_led_by_their_first_cell()
    {
        const string text = "附件\n重点任务部门职责清单\n部门\t职责\n市卫生健康委\t负责推进分级诊疗制度建设。牵头完善家庭医生签约服务。\n市医保局、市财政局\t负责深化医保支付方式改革。\n";
        var document = TestPlans.Parse(text);

        Assert.Multiple(() =>
        {
            Assert.That(document.Tasks.Select(t => t.Text.Value), Is.EqualTo(new[] { "负责推进分级诊疗制度建设。牵头完善家庭医生签约服务。", "负责深化医保支付方式改革。" }));
            Assert.That(document.Tasks.Select(t => t.Responsibilities.Select(r => (r.Name, r.Role)).ToList()), Is.EqualTo(new[]
            {
                new List<(string, ResponsibilityRole)> { ("市卫生健康委", ResponsibilityRole.Lead) },
                new List<(string, ResponsibilityRole)> { ("市医保局", ResponsibilityRole.Lead), ("市财政局", ResponsibilityRole.Co) },
            }));
            Assert.That(document.Tasks[1].Responsibilities[1].Span.Slice(text), Is.EqualTo("市财政局"));
            Assert.That(document.Tasks[0].ResponsibilitySpan!.Value.Slice(text), Is.EqualTo("市卫生健康委"));
        });
        TestPlans.AssertConservation(document);
    }

    [Test]
    public void A_markdown_duty_table_with_row_numbers_parses()
    {
        const string text = "| 序号 | 部门 | 职责 |\n|---|---|---|\n| 1 | 县卫健局 | 推进医共体建设。 |\n| 2 | 县医保局 | 推行打包付费。 |\n";
        var document = TestPlans.Parse(text);

        Assert.Multiple(() =>
        {
            Assert.That(document.Tasks.Select(t => (t.Number, t.Text.Value)), Is.EqualTo(new[] { ("1", "推进医共体建设。"), ("2", "推行打包付费。") }));
            Assert.That(document.Tasks.Select(t => t.Responsibilities.Single().Name), Is.EqualTo(new[] { "县卫健局", "县医保局" }));
        });
    }

    [Test]
    public void Downstream_stages_enumerate_policy_tasks_only()
    {
        var document = TestPlans.Parse("一、总体要求\n（一）指导思想。坚持以人民健康为中心。\n（二）工作目标。到2025年建成分级诊疗制度。\n二、主要任务\n（一）防控重大疾病。加强管理。\n（二）完善医疗服务。推行预约诊疗。\n三、保障措施\n（一）加强组织领导。建立协调机制。\n", "framed");
        var corpus = new PolicyCompare.Corpus.PolicyCorpus([document]);

        Assert.Multiple(() =>
        {
            Assert.That(document.Tasks.Select(t => t.Kind), Is.EqualTo(new[] { UnitKind.Principle, UnitKind.Goal, UnitKind.Task, UnitKind.Task, UnitKind.Safeguard }));
            Assert.That(corpus.AllTasks.Select(t => t.Task.Ordinal), Is.EqualTo(new[] { 3, 4, 5 }), "embedding, topics and evaluation see policy tasks with their document ordinals");
        });
    }
}
