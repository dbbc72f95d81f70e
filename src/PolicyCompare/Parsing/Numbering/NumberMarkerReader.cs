using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyCompare.Parsing.Numbering;

/// <summary>
/// Recognizes a unit number at a given position: 一、 一． (一) （一） 1. 1、 1． 1。 1） 1) (1) （1） ⑴ ⒈ ① 第一部分 第一章 第一条 第1条.
/// Runs on the folded reading copy (see <see cref="SourceFolding"/>), so full-width digits read as ASCII ones.
/// </summary>
internal static partial class NumberMarkerReader
{
    [GeneratedRegex(@"\G(?:第(?<cn>[零〇一二两三四五六七八九十百]{1,4})(?:部分|章|节|篇|条)[、.．:：\s]?)")]
    private static partial Regex ChineseOrdinalPattern();

    [GeneratedRegex(@"\G(?:第(?<n>\d{1,3})条[、.．:：\s]?)")]
    private static partial Regex ArabicOrdinalPattern();

    [GeneratedRegex(@"\G[(（](?<cn>[零〇一二两三四五六七八九十百]{1,4})[)）]")]
    private static partial Regex ChineseParenthesizedPattern();

    [GeneratedRegex(@"\G(?<cn>[零〇一二两三四五六七八九十百]{1,4})[、.．](?![、.．\d])")]
    private static partial Regex ChineseCommaPattern();

    [GeneratedRegex(@"\G[(（](?<n>\d{1,3})[)）]")]
    private static partial Regex ArabicParenthesizedPattern();

    [GeneratedRegex(@"\G(?<n>\d{1,3})(?<d>[.．](?![\d.．%])|、|。|[)）])")]
    private static partial Regex ArabicPattern();

    /// <summary>Reads the marker starting exactly at <paramref name="position"/>, if any.</summary>
    /// <param name="text">The source text.</param>
    /// <param name="position">Where the marker would start.</param>
    /// <param name="marker">The marker found.</param>
    /// <returns>Whether a marker starts there.</returns>
    public static bool TryRead(string text, int position, out NumberMarker marker)
    {
        marker = null!;
        if (position >= text.Length)
        {
            return false;
        }

        var c = text[position];
        if (c is >= '\u2460' and <= '\u2473')
        {
            marker = new NumberMarker(NumberingScheme.Circled, c - '\u2460' + 1, position, 1, c.ToString());
            return true;
        }

        if (c is >= '\u2474' and <= '\u2487')
        {
            // ⑴ … ⒇: one character standing for (1) … (20).
            marker = new NumberMarker(NumberingScheme.ArabicParenthesized, c - '\u2474' + 1, position, 1, c.ToString());
            return true;
        }

        if (c is >= '\u2488' and <= '\u249B')
        {
            // ⒈ … ⒛: one character standing for 1. … 20.
            marker = new NumberMarker(NumberingScheme.ArabicDot, c - '\u2488' + 1, position, 1, c.ToString());
            return true;
        }

        Match m;
        if (c == '第' && (m = ChineseOrdinalPattern().Match(text, position)).Success)
        {
            return FromChinese(m, NumberingScheme.ChineseOrdinal, out marker);
        }

        if (c == '第' && (m = ArabicOrdinalPattern().Match(text, position)).Success && Parse(m.Groups["n"].Value) > 0)
        {
            var written = m.Value.TrimEnd();
            marker = new NumberMarker(NumberingScheme.ChineseOrdinal, Parse(m.Groups["n"].Value), position, written.Length, written);
            return true;
        }

        if (c is '(' or '（')
        {
            m = ChineseParenthesizedPattern().Match(text, position);
            if (m.Success)
            {
                return FromChinese(m, NumberingScheme.ChineseParenthesized, out marker);
            }

            m = ArabicParenthesizedPattern().Match(text, position);
            if (m.Success)
            {
                marker = new NumberMarker(NumberingScheme.ArabicParenthesized, Parse(m.Groups["n"].Value), position, m.Length, m.Value);
                return true;
            }

            return false;
        }

        if (char.IsAsciiDigit(c))
        {
            m = ArabicPattern().Match(text, position);
            if (!m.Success)
            {
                return false;
            }

            var scheme = m.Groups["d"].Value switch
            {
                "、" => NumberingScheme.ArabicComma,
                ")" or "）" => NumberingScheme.ArabicHalfParenthesized,
                _ => NumberingScheme.ArabicDot,
            };
            var value = Parse(m.Groups["n"].Value);
            if (value == 0)
            {
                return false;
            }

            marker = new NumberMarker(scheme, value, position, m.Length, m.Value);
            return true;
        }

        if (ChineseNumerals.Digits.Contains(c, StringComparison.Ordinal))
        {
            m = ChineseCommaPattern().Match(text, position);
            if (m.Success)
            {
                return FromChinese(m, NumberingScheme.ChineseComma, out marker);
            }
        }

        return false;
    }

    private static bool FromChinese(Match m, NumberingScheme scheme, out NumberMarker marker)
    {
        marker = null!;
        if (!ChineseNumerals.TryParse(m.Groups["cn"].ValueSpan, out var value))
        {
            return false;
        }

        // A trailing blank (第二部分 重点任务) is not part of the marker; a line break never is.
        var written = m.Value.TrimEnd();
        marker = new NumberMarker(scheme, value, m.Index, written.Length, written);
        return true;
    }

    private static int Parse(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
