using NUnit.Framework;
using PolicyCompare.Documents;

namespace PolicyCompare.Tests.Parsing;

/// <summary>Metadata shapes from issue 8 §19: document numbers, signature blocks, wrapped titles, web rows, regions and levels.</summary>
public sealed class MetadataShapeTests
{
    private const string Body = "一、重点任务\n（一）建立协调机制。加强统筹。\n（二）完善考核办法。加强考核。\n";

    [Test]
    public void Document_number_and_signature_block_give_number_issuer_and_year()
    {
        var document = TestPlans.Parse(
            "某省卫生健康委办公厅关于印发2024年卫生健康工作要点的通知\n（X卫办发〔2024〕21 号）\n各市卫生健康委：\n现将工作要点印发给你们。\n"
            + Body + "各地要抓好落实。\n某省卫生健康委员会办公厅\n2024年10月28日\n");
        var m = document.Metadata;

        Assert.Multiple(() =>
        {
            Assert.That(m.DocNumber, Is.EqualTo("X卫办发〔2024〕21号"));
            Assert.That(m.Issuer, Is.EqualTo("某省卫生健康委员会办公厅"));
            Assert.That(m.Year, Is.EqualTo(2024));
            Assert.That(m.InferredFields, Is.SupersetOf(new[] { "docNumber", "issuer", "year" }));
        });
    }

    [Test]
    public void Signature_and_date_on_one_line_give_the_issuer_and_the_year_when_the_title_has_none()
    {
        var document = TestPlans.Parse("关于推进紧密型县域医共体建设的实施方案\n" + Body + "句容市卫生健康委员会 2023年5月6日\n");

        Assert.Multiple(() =>
        {
            Assert.That(document.Metadata.Issuer, Is.EqualTo("句容市卫生健康委员会"));
            Assert.That(document.Metadata.Year, Is.EqualTo(2023));
            Assert.That((document.Metadata.Region, document.Metadata.Level), Is.EqualTo(("句容市", "county")), "a county-level city is county level");
        });
    }

    [Test]
    public void A_title_wrapped_over_two_lines_is_joined()
    {
        var document = TestPlans.Parse("某县人民政府办公室关于印发《某县“将健康融入\n所有政策”工作方案》的通知\n各乡镇人民政府：\n" + Body);

        Assert.That(document.Metadata.Title, Is.EqualTo("某县人民政府办公室关于印发《某县“将健康融入所有政策”工作方案》的通知"));
    }

    [Test]
    public void Web_metadata_rows_are_labels_not_regions()
    {
        var document = TestPlans.Parse(
            "名称：临夏州关于印发深化医改重点工作任务的通知\n索引号：620000-2024-00123\n发布机构：临夏回族自治州卫生健康委员会\n" + Body);
        var m = document.Metadata;

        Assert.Multiple(() =>
        {
            Assert.That(m.Title, Is.EqualTo("临夏州关于印发深化医改重点工作任务的通知"));
            Assert.That(m.Issuer, Is.EqualTo("临夏回族自治州卫生健康委员会"));
            Assert.That((m.Region, m.Level), Is.EqualTo(("临夏州", "prefecture")));
        });
    }

    [TestCase("某自治县", "关于印发长阳土家族自治县医改工作方案的通知", "长阳土家族自治县", "county")]
    [TestCase("自治州", "恩施土家族苗族自治州深化医改工作方案", "恩施土家族苗族自治州", "prefecture")]
    [TestCase("盟", "锡林郭勒盟2022年医改工作要点", "锡林郭勒盟", "prefecture")]
    [TestCase("旗", "达尔罕茂明安联合旗医改工作方案", "达尔罕茂明安联合旗", "county")]
    [TestCase("区", "武汉市江岸区医改工作方案", "江岸区", "county")]
    [TestCase("county-level city", "江苏省镇江市句容市医改工作方案", "句容市", "county")]
    [TestCase("prefecture-level city", "成都市深化医药卫生体制改革工作方案", "成都市", "city")]
    [TestCase("province", "湖北省深化医改工作要点", "湖北省", "province")]
    [TestCase("municipality", "北京市深化医改工作要点", "北京市", "municipality")]
    [TestCase("autonomous region, short name", "内蒙古2016年医改工作要点", "内蒙古自治区", "autonomous-region")]
    [TestCase("national: 国务院办公厅", "国务院办公厅关于印发深化医药卫生体制改革2024年重点工作任务的通知", "全国", "national")]
    [TestCase("national: 国家卫生健康委", "国家卫生健康委关于印发医改工作要点的通知", "全国", "national")]
    public void Regions_and_levels_come_from_the_gazetteer(string kind, string title, string region, string level)
    {
        var document = TestPlans.Parse(title + "\n" + Body);

        Assert.That((document.Metadata.Region, document.Metadata.Level), Is.EqualTo((region, level)), kind);
    }
}
