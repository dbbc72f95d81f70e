using NUnit.Framework;
using PolicyCompare.Charts;
using PolicyCompare.Charts.Rendering;

namespace PolicyCompare.Tests.Charts;

[TestFixture]
public sealed class ChartFontTests
{
    public static IEnumerable<TestCaseData> Charts() =>
        ChartSamples.AllCharts(5).Concat(ChartSamples.AllCharts(20)).Concat(ChartSamples.FixedCharts())
            .Select(c => new TestCaseData(c.Chart).SetArgDisplayNames(c.Name));

    [Test]
    public void Embedded_font_is_WenQuanYi_Micro_Hei_loaded_from_the_assembly()
    {
        Assert.That(ChartFont.Typeface.FamilyName, Is.EqualTo("WenQuanYi Micro Hei"));
        Assert.That(typeof(ChartFont).Assembly.GetManifestResourceNames(), Does.Contain("PolicyCompare.Charts.Fonts.wqy-microhei.ttc"));
    }

    [TestCaseSource(nameof(Charts))]
    public void Every_drawn_label_uses_the_embedded_font_and_it_has_all_their_glyphs(ChartImage chart)
    {
        IReadOnlyList<DrawnLabel> labels = chart.DrawnLabels();

        Assert.That(labels, Is.Not.Empty);
        Assert.That(labels.Where(l => l.FontName != ChartFont.FamilyName).Select(l => $"{l.Role}: {l.Text} ({l.FontName})"), Is.Empty);
        Assert.That(labels.SelectMany(l => ChartFont.MissingCharacters(l.Text).Select(c => $"{l.Role}: '{c}' in {l.Text}")), Is.Empty);
        Assert.That(labels.Any(l => l.Text.Any(c => c >= '\u4E00' && c <= '\u9FFF')), Is.True, "the sample charts draw Chinese text");
    }

    [Test]
    public void Font_covers_every_unified_CJK_ideograph_of_GBK_and_common_punctuation()
    {
        string ideographs = string.Concat(Enumerable.Range(0x4E00, 0x9FA5 - 0x4E00 + 1).Select(c => (char)c));
        const string punctuation = "，。、；：？！（）《》【】“”‘’·—…％≥≤≈～０１２３ＡＢ％＋－×÷";

        Assert.That(ChartFont.MissingCharacters(ideographs), Is.Empty);
        Assert.That(ChartFont.MissingCharacters(punctuation), Is.Empty);
    }

    [Test]
    public void Missing_glyphs_are_reported()
    {
        // U+20000 (CJK extension B) and an emoji are outside WenQuanYi Micro Hei.
        Assert.That(ChartFont.MissingCharacters("家庭\U00020000医生😀"), Is.EqualTo(new[] { "\U00020000", "😀" }));
    }
}
