using NUnit.Framework;
using PolicyCompare.Parsing.Numbering;

namespace PolicyCompare.Tests.Parsing;

public sealed class NumberingTests
{
    [TestCase("一", 1)]
    [TestCase("十", 10)]
    [TestCase("十七", 17)]
    [TestCase("二十", 20)]
    [TestCase("三十一", 31)]
    [TestCase("九十九", 99)]
    [TestCase("一百", 100)]
    public void Chinese_numerals(string text, int value)
    {
        Assert.That(ChineseNumerals.TryParse(text, out var parsed), Is.True);
        Assert.That(parsed, Is.EqualTo(value));
    }

    [TestCase("一二")]
    [TestCase("十十")]
    [TestCase("零")]
    [TestCase("")]
    public void Malformed_numerals(string text) => Assert.That(ChineseNumerals.TryParse(text, out _), Is.False);

    [TestCase("一、总体要求", NumberingScheme.ChineseComma, 1, "一、")]
    [TestCase("(十七)改善", NumberingScheme.ChineseParenthesized, 17, "(十七)")]
    [TestCase("（三）推进", NumberingScheme.ChineseParenthesized, 3, "（三）")]
    [TestCase("12.推进", NumberingScheme.ArabicDot, 12, "12.")]
    [TestCase("3、推进", NumberingScheme.ArabicComma, 3, "3、")]
    [TestCase("(2)推进", NumberingScheme.ArabicParenthesized, 2, "(2)")]
    [TestCase("（1）推进", NumberingScheme.ArabicParenthesized, 1, "（1）")]
    [TestCase("4)推进", NumberingScheme.ArabicHalfParenthesized, 4, "4)")]
    [TestCase("③推进", NumberingScheme.Circled, 3, "③")]
    [TestCase("第二部分 重点任务", NumberingScheme.ChineseOrdinal, 2, "第二部分")]
    public void Markers(string text, NumberingScheme scheme, int value, string written)
    {
        Assert.That(NumberMarkerReader.TryRead(text, 0, out var marker), Is.True);
        Assert.That((marker.Scheme, marker.Value, marker.Text), Is.EqualTo((scheme, value, written)));
    }

    [TestCase("2021年是")]
    [TestCase("3.5张床位")]
    [TestCase("30%以上")]
    [TestCase("(DRG)付费")]
    [TestCase("一是完善")]
    [TestCase("十四五规划")]
    [TestCase("1+1+1")]
    public void Not_markers(string text) => Assert.That(NumberMarkerReader.TryRead(text, 0, out _), Is.False);
}
