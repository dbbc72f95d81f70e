using NUnit.Framework;
using PolicyCompare.Parsing.Responsibilities;

namespace PolicyCompare.Tests.Parsing;

public sealed class AgencyTableTests
{
    [TestCase("省卫生健康委", "health-commission")]
    [TestCase("市卫健委", "health-commission")]
    [TestCase("自治区卫生计生委", "health-commission")]
    [TestCase("卫生和计划生育委员会", "health-commission")]
    [TestCase("湖北省医疗保障局", "medical-security")]
    [TestCase("人力资源社会保障厅", "human-resources-social-security")]
    [TestCase("市人社局", "human-resources-social-security")]
    [TestCase("省发展改革委", "development-reform")]
    [TestCase("中共湖北省委机构编制委员会办公室", "staffing-office")]
    [TestCase("经济和信息化委", "industry-information")]
    [TestCase("食品药品监管局", "drug-administration")]
    [TestCase("市市场监管局", "market-regulation")]
    [TestCase("市政府外办", "foreign-affairs")]
    [TestCase("党委宣传部", "publicity")]
    [TestCase("医改领导小组秘书处", "health-reform-leading-group")]
    [TestCase("各区(市)县政府(管委会)", "local-government")]
    [TestCase("国土资源厅", "natural-resources")]
    [TestCase("内蒙古保监局", "insurance-regulation")]
    public void Maps_names_across_levels_and_eras(string name, string key) =>
        Assert.That(AgencyTable.Default.Match(name)?.Agency.Key, Is.EqualTo(key));

    [Test]
    public void Unknown_names_do_not_match()
    {
        Assert.That(AgencyTable.Default.Match("吉林机场集团"), Is.Null);
    }

    [Test]
    public void Users_can_add_an_alias_in_code_or_from_a_file()
    {
        var inCode = AgencyTable.Default.With("airport-group", "机场集团", "机场集团");
        var path = Path.Combine(Path.GetTempPath(), $"agencies-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"agencies":[{"key":"health-commission","name":"卫健","aliases":["卫健委","健康委员会"]}]}""");
        try
        {
            var fromFile = AgencyTable.Default.With(AgencyTable.Load(path).Agencies);

            Assert.Multiple(() =>
            {
                Assert.That(inCode.Match("吉林机场集团")?.Agency.Key, Is.EqualTo("airport-group"));
                Assert.That(fromFile.Match("某市健康委员会")?.Agency.Name, Is.EqualTo("卫健"));
                Assert.That(fromFile.Agencies.Count(a => a.Key == "health-commission"), Is.EqualTo(1), "an entry with an existing key replaces it");
            });
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Malformed_or_missing_tables_are_reported()
    {
        var path = Path.Combine(Path.GetTempPath(), $"agencies-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{\"agencies\":[{\"key\":\"x\"}]}");
        try
        {
            Assert.Multiple(() =>
            {
                Assert.That(() => AgencyTable.Load(path), Throws.InstanceOf<PolicyCompareException>().With.Message.Contains("alias"));
                Assert.That(() => AgencyTable.Load(path + ".missing"), Throws.InstanceOf<PolicyCompareException>().With.Message.Contains("not found"));
            });
        }
        finally
        {
            File.Delete(path);
        }
    }
}
