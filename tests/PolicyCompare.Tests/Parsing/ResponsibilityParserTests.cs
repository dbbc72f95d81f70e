using NUnit.Framework;
using PolicyCompare.Documents;
using PolicyCompare.Parsing;
using PolicyCompare.Parsing.Responsibilities;

namespace PolicyCompare.Tests.Parsing;

public sealed class ResponsibilityParserTests
{
    private static IReadOnlyList<Responsibility> Parse(string statement, bool firstIsLead = true)
    {
        var text = TextNormalizer.Normalize(statement, 0, statement.Length);
        return new ResponsibilityParser(AgencyTable.Default, firstIsLead).Parse(text, 0, text.Value.Length);
    }

    [Test]
    public void Trailing_deng_is_stripped_and_first_listed_leads()
    {
        var result = Parse("省医保局、省卫生健康委等按职责分工负责");

        Assert.That(result.Select(r => (r.Name, r.Role, r.Rank)), Is.EqualTo(new[]
        {
            ("省医保局", ResponsibilityRole.Lead, 1), ("省卫生健康委", ResponsibilityRole.Co, 2),
        }));
    }

    [Test]
    public void Explicit_lead_wins_over_order()
    {
        var result = Parse("省卫生健康委、省财政厅按职责分工负责，省医保局牵头");

        Assert.That(result.Select(r => (r.Name, r.Role)), Is.EqualTo(new[]
        {
            ("省卫生健康委", ResponsibilityRole.Co), ("省财政厅", ResponsibilityRole.Co), ("省医保局", ResponsibilityRole.Lead),
        }));
    }

    [Test]
    public void Participants_and_implied_level_prefix()
    {
        var result = Parse("自治区卫生计生委、财政厅负责,自治区编办、发展改革委参与。排在第一位的部门为牵头部门,下同");

        Assert.Multiple(() =>
        {
            Assert.That(result.Select(r => r.Name), Is.EqualTo(new[] { "自治区卫生计生委", "财政厅", "自治区编办", "发展改革委" }), "the note sentence is not a department");
            Assert.That(result.Select(r => r.Role), Is.EqualTo(new[] { ResponsibilityRole.Lead, ResponsibilityRole.Co, ResponsibilityRole.Participate, ResponsibilityRole.Participate }));
            Assert.That(result.Select(r => r.LevelPrefix), Is.All.EqualTo("自治区"));
        });
    }

    [Test]
    public void Comma_separated_lower_governments_share_the_final_role()
    {
        var result = Parse("自治区卫生计生委,各盟行政公署、市人民政府,各旗县级人民政府负责");

        Assert.That(result.Select(r => (r.Name, r.Canonical, r.LevelPrefix)), Is.EqualTo(new[]
        {
            ("自治区卫生计生委", (string?)"health-commission", (string?)"自治区"), ("各盟行政公署", "local-government", "各盟"),
            ("市人民政府", "local-government", "市"), ("各旗县级人民政府", "local-government", "各旗县级"),
        }));
    }

    [Test]
    public void Members_of_the_reform_group_and_cooperation()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Parse("市卫健委等市医改领导小组成员单位按职责分工负责").Select(r => r.Canonical), Is.EqualTo(new[] { "health-commission", "health-reform-group-members" }));
            Assert.That(Parse("省卫生健康委配合").Single().Role, Is.EqualTo(ResponsibilityRole.Lead), "the only department listed leads");
            Assert.That(Parse("省卫生健康委牵头，省民政厅配合", firstIsLead: false).Select(r => r.Role), Is.EqualTo(new[] { ResponsibilityRole.Lead, ResponsibilityRole.Participate }));
            Assert.That(Parse("省卫生健康委、省财政厅按职责分工负责", firstIsLead: false).Select(r => r.Role), Is.All.EqualTo(ResponsibilityRole.Co));
        });
    }

    [Test]
    public void Names_broken_by_blanks_are_joined_and_keep_their_source_span()
    {
        const string statement = "市卫健委、市财政\n\n局按职责 分工负责";
        var result = Parse(statement);

        Assert.Multiple(() =>
        {
            Assert.That(result.Select(r => r.Name), Is.EqualTo(new[] { "市卫健委", "市财政局" }));
            Assert.That(result[1].Span.Slice(statement), Is.EqualTo("市财政\n\n局"));
        });
    }

    [TestCase("省卫生健康委、省医保局等按职责分工负责", true)]
    [TestCase("市卫健委等市医改领导小组成员单位按职责分工负责", true)]
    [TestCase("自治区卫生计生委负责,自治区残联参与", true)]
    [TestCase("省医保局牵头", true)]
    [TestCase("试行", false)]
    [TestCase("2021-2025年", false)]
    [TestCase("蒙药中药饮片、蒙药院内制剂除外", false)]
    [TestCase("负责", false)]
    public void Recognizes_department_statements(string content, bool expected) =>
        Assert.That(ResponsibilityParser.IsStatement(content), Is.EqualTo(expected));
}
