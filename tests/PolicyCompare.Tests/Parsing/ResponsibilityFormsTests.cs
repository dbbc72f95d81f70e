using NUnit.Framework;
using PolicyCompare.Documents;
using PolicyCompare.Parsing;
using PolicyCompare.Parsing.Responsibilities;
using PolicyCompare.Text;

namespace PolicyCompare.Tests.Parsing;

/// <summary>Issue 8 §10 (bracket forms), §16–§18: traditional characters, short forms, generic names, lead basis.</summary>
public sealed class ResponsibilityFormsTests
{
    private static IReadOnlyList<Responsibility> Parse(string statement, bool firstIsLead = true, bool planRule = false)
    {
        var text = TextNormalizer.Normalize(statement, 0, statement.Length);
        return new ResponsibilityParser(AgencyTable.Default, firstIsLead, planRule).Parse(text, 0, text.Value.Length);
    }

    private static string Plan(string bracket) =>
        "一、重点任务\n（一）建立协调机制。完善工作制度。" + bracket + "\n（二）完善考核办法。加强考核。（省卫生健康委牵头）\n";

    // §10 bracket forms
    [Test]
    public void Labelled_brackets_in_every_form()
    {
        var tortoise = TestPlans.Parse(Plan("〔责任单位：市医保局，市卫生健康委〕")).Tasks[0].Responsibilities;
        var paren = TestPlans.Parse(Plan("（责任单位：市医保局、市卫生健康委）")).Tasks[0].Responsibilities;
        var leadLabel = TestPlans.Parse(Plan("（牵头单位：市卫生健康委；责任单位：市医保局、市财政局）")).Tasks[0].Responsibilities;

        Assert.Multiple(() =>
        {
            foreach (var listed in new[] { tortoise, paren })
            {
                Assert.That(listed.Select(r => (r.Canonical, r.Role, r.LeadBasis)), Is.EqualTo(new[]
                {
                    ((string?)"medical-security", ResponsibilityRole.Lead, (LeadBasis?)LeadBasis.Convention), ("health-commission", ResponsibilityRole.Co, null),
                }));
            }

            Assert.That(leadLabel.Select(r => (r.Canonical, r.Role, r.LeadBasis)), Is.EqualTo(new[]
            {
                ((string?)"health-commission", ResponsibilityRole.Lead, (LeadBasis?)LeadBasis.Explicit), ("medical-security", ResponsibilityRole.Co, null),
                ("finance", ResponsibilityRole.Co, null),
            }));
        });
    }

    // §16 traditional characters and invisible characters
    [Test]
    public void Traditional_characters_read_like_simplified()
    {
        const string text = "一、重點任務\n（一）提高簽約服務覆蓋率。家庭醫生簽約服務覆蓋率不低於70%。（省衛生健康委牽頭，省醫保局配合）\n（二）完善制度。各部門負責落實。（省醫保局負責，省財政廳參與）\n";
        var document = TestPlans.Parse(text);
        var first = document.Tasks[0];
        var second = document.Tasks[1];

        Assert.Multiple(() =>
        {
            Assert.That(first.Responsibilities.Select(r => (r.Canonical, r.Role, r.LeadBasis)), Is.EqualTo(new[]
            {
                ((string?)"health-commission", ResponsibilityRole.Lead, (LeadBasis?)LeadBasis.Explicit), ("medical-security", ResponsibilityRole.Participate, null),
            }));
            Assert.That(first.Responsibilities[0].Span, Is.EqualTo(new SourceSpan(text.IndexOf("省衛生健康委", StringComparison.Ordinal), 6)), "spans point at the source characters");
            Assert.That(first.Targets.Select(t => (t.Value, t.Comparator)), Is.EqualTo(new[] { (70d, TargetComparator.AtLeast) }));
            Assert.That(second.Responsibilities.Select(r => (r.Canonical, r.Role)), Is.EqualTo(new[]
            {
                ((string?)"medical-security", ResponsibilityRole.Lead), ("finance", ResponsibilityRole.Participate),
            }));
            TestPlans.AssertConservation(document);
        });
    }

    [TestCase('衛', '卫')]
    [TestCase('牽', '牵')]
    [TestCase('於', '于')]
    [TestCase('負', '负')]
    [TestCase('參', '参')]
    [TestCase('醫', '医')]
    [TestCase('卫', '卫')]
    public void Folding_table(char traditional, char simplified) => Assert.That(ChineseCharacterFolding.Fold(traditional), Is.EqualTo(simplified));

    [Test]
    public void Invisible_characters_are_dropped_from_names()
    {
        const string statement = "省卫生\u00AD健康委牵头，省医\u2060保局配合";
        var result = Parse(statement);

        Assert.That(result.Select(r => (r.Name, r.Canonical)), Is.EqualTo(new[]
        {
            ("省卫生健康委", (string?)"health-commission"), ("省医保局", "medical-security"),
        }));
    }

    // §17 short forms, levels, generic names
    [TestCase("县卫健局", "health-commission", "县")]
    [TestCase("市卫健局", "health-commission", "市")]
    [TestCase("州卫生健康局", "health-commission", "州")]
    [TestCase("旗卫健委", "health-commission", "旗")]
    [TestCase("省管局", "government-offices-administration", "省")]
    [TestCase("国管局", "government-offices-administration", "国")]
    [TestCase("市机关事务管理局", "government-offices-administration", "市")]
    [TestCase("县药管局", "drug-administration", "县")]
    [TestCase("区城管局", "urban-management", "区")]
    public void Short_forms_and_levels(string name, string canonical, string level)
    {
        var result = Parse(name + "牵头").Single();

        Assert.That((result.Canonical, result.LevelPrefix, result.IsUnspecified), Is.EqualTo(((string?)canonical, (string?)level, false)));
    }

    [TestCase("各相关部门")]
    [TestCase("各地")]
    [TestCase("各级政府")]
    [TestCase("有关单位")]
    [TestCase("各成员单位")]
    [TestCase("省直有关部门")]
    [TestCase("市政府各部门")]
    [TestCase("各有关部门和单位")]
    [TestCase("省短缺药品供应保障部门会商联动机制成员单位")]
    [TestCase("市联防联控机制各成员单位")]
    public void Generic_names_are_unspecified_never_an_agency(string name)
    {
        var result = Parse("省卫生健康委、" + name + "按职责分工负责");

        Assert.That(result.Select(r => (r.Name, r.Canonical, r.IsUnspecified)), Is.EqualTo(new[]
        {
            ("省卫生健康委", (string?)"health-commission", false), (name, null, true),
        }));
    }

    [Test]
    public void The_reform_leading_groups_own_members_stay_named()
    {
        var result = Parse("市卫健委等市医改领导小组成员单位按职责分工负责");

        Assert.That(result.Select(r => (r.Canonical, r.IsUnspecified)), Is.EqualTo(new[]
        {
            ((string?)"health-commission", false), ("health-reform-group-members", false),
        }));
    }

    [Test]
    public void A_generic_name_listed_first_never_leads_by_convention()
    {
        var result = Parse("各相关部门、省医保局按职责分工负责");

        Assert.That(result.Select(r => (r.Name, r.Role, r.LeadBasis, r.IsUnspecified)), Is.EqualTo(new[]
        {
            ("各相关部门", ResponsibilityRole.Co, (LeadBasis?)null, true), ("省医保局", ResponsibilityRole.Lead, LeadBasis.Convention, false),
        }));
    }

    // §18 lead basis
    [Test]
    public void Lead_basis_explicit_plan_rule_convention_or_none()
    {
        const string list = "省卫生健康委、省医保局、省财政厅按职责分工负责";

        Assert.Multiple(() =>
        {
            Assert.That(Parse("省医保局牵头，省卫生健康委配合")[0].LeadBasis, Is.EqualTo(LeadBasis.Explicit));
            Assert.That(Parse(list, planRule: true).Select(r => r.LeadBasis), Is.EqualTo(new LeadBasis?[] { LeadBasis.PlanRule, null, null }));
            Assert.That(Parse(list).Select(r => r.LeadBasis), Is.EqualTo(new LeadBasis?[] { LeadBasis.Convention, null, null }));
            Assert.That(Parse(list, firstIsLead: false).Select(r => r.Role), Is.All.EqualTo(ResponsibilityRole.Co), "convention switched off: no lead");
            Assert.That(Parse(list, firstIsLead: false, planRule: true)[0].Role, Is.EqualTo(ResponsibilityRole.Lead), "the plan's own rule still applies");
        });
    }

    [TestCase("（排在第一位的部门为牵头部门，下同）", true)]
    [TestCase("各项任务中列第一位的为牵头单位。", true)]
    [TestCase("排名第一的为牵头单位", true)]
    [TestCase("列第一位的為牽頭單位", true)]
    [TestCase("各部门按职责分工负责。", false)]
    public void The_plans_own_rule_is_found(string text, bool stated) => Assert.That(LeadRule.IsStated(text), Is.EqualTo(stated));

    [Test]
    public void A_plan_stating_the_rule_gives_plan_rule_leads()
    {
        const string text = "说明：各项任务中列第一位的为牵头单位。\n一、重点任务\n（一）建立协调机制。完善工作制度。（省医保局、省卫生健康委按职责分工负责）\n（二）完善考核办法。加强考核。（省卫生健康委牵头，省财政厅参与）\n";
        var tasks = TestPlans.Parse(text).Tasks;

        Assert.That(tasks.Select(t => (t.Responsibilities[0].Canonical, t.Responsibilities[0].LeadBasis)), Is.EqualTo(new[]
        {
            ((string?)"medical-security", (LeadBasis?)LeadBasis.PlanRule), ("health-commission", LeadBasis.Explicit),
        }));
    }
}
