using NUnit.Framework;
using PolicyCompare.Parsing;

namespace PolicyCompare.Tests.Parsing;

public sealed class TextNormalizerTests
{
    [TestCase("非过评药 品", "非过评药品")]
    [TestCase("可支配收入,\n\n积极推进", "可支配收入,积极推进")]
    [TestCase("于 2021 年底", "于2021年底")]
    [TestCase("第五代移动通信(5G)", "第五代移动通信(5G)")]
    [TestCase("COVID  19 疫苗", "COVID 19疫苗")]
    [TestCase("Email:\r\n jm", "Email:jm")]
    [TestCase("达到 30 %", "达到30%")]
    [TestCase("\u3000\u3000全面推进", "全面推进")]
    public void Repairs_extraction_damage(string source, string expected) =>
        Assert.That(TextNormalizer.NormalizeString(source), Is.EqualTo(expected));

    [Test]
    public void Every_character_maps_to_its_source_offset()
    {
        const string source = "市财政\n\n局、 COVID\n19";
        var text = TextNormalizer.Normalize(source, 0, source.Length);

        Assert.Multiple(() =>
        {
            Assert.That(text.Value, Is.EqualTo("市财政局、COVID 19"));
            TestPlans.AssertMapsBack(source, text);
            Assert.That(text.ToSourceSpan(0, 4).Slice(source), Is.EqualTo("市财政\n\n局"));
        });
    }

    [Test]
    public void Ranges_skip_what_lies_between_them()
    {
        const string source = "推进改革。(省卫健委负责)继续";
        var text = TextNormalizer.Normalize(source, [(0, 5), (13, 15)]);

        Assert.That(text.Value, Is.EqualTo("推进改革。继续"));
        Assert.That(text.ToSourceOffset(5), Is.EqualTo(13));
    }
}
