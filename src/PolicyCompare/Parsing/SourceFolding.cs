using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyCompare.Parsing;

/// <summary>
/// Builds the reading copy of a source text that the parser works on: the same length as the source, so every offset
/// found in it is an offset in the source. Full-width and other decimal digits and full-width Latin letters read as
/// their ASCII forms (<c>２０２５年</c> is 2025年, <c>（１）</c> is (1)); a full-width full stop between two digits is a
/// decimal point (<c>６０．５％</c>); in Markdown input the syntax (<c>## </c> heading marks, <c>**</c> emphasis, <c>&gt; </c>
/// quotes) reads as blanks, so a Markdown plan parses to the same tasks as its plain text; the pipes of a table row
/// (<c>| 部门 | 职责 |</c>) read as tabs.
/// </summary>
internal static partial class SourceFolding
{
    [GeneratedRegex(@"^[ \t]{0,3}#{1,6}[ \t]", RegexOptions.Multiline)]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?)", RegexOptions.Multiline)]
    private static partial Regex LineSyntax();

    [GeneratedRegex(@"\*\*|__")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"^[ \t]*\|.*\|[ \t]*\r?$", RegexOptions.Multiline)]
    private static partial Regex PipeTableRow();

    /// <summary>Folds <paramref name="source"/>.</summary>
    /// <param name="source">The source text.</param>
    /// <returns>A string of the same length: the reading copy.</returns>
    public static string Fold(string source)
    {
        var chars = source.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = FoldChar(chars[i]);
        }

        for (var i = 1; i + 1 < chars.Length; i++)
        {
            if (chars[i] == '．' && char.IsAsciiDigit(chars[i - 1]) && char.IsAsciiDigit(chars[i + 1]))
            {
                chars[i] = '.';
            }
        }

        // A Markdown table row | 部门 | 职责 | reads as tab-separated cells, as a pasted table does.
        foreach (Match row in PipeTableRow().Matches(source))
        {
            for (var i = row.Index; i < row.Index + row.Length; i++)
            {
                if (chars[i] == '|')
                {
                    chars[i] = '\t';
                }
            }
        }

        if (IsMarkdown(source))
        {
            var folded = new string(chars);
            foreach (var m in LineSyntax().Matches(folded).Concat(Emphasis().Matches(folded)))
            {
                chars.AsSpan(m.Index, m.Length).Fill(' ');
            }
        }

        return new string(chars);
    }

    /// <summary>Whether the text is Markdown: it has an ATX heading (<c>## 一、总体要求</c>) or a line that opens in bold.</summary>
    /// <param name="source">The source text.</param>
    /// <returns><see langword="true"/> for Markdown input.</returns>
    public static bool IsMarkdown(string source) => AtxHeading().IsMatch(source) || source.StartsWith("**", StringComparison.Ordinal) || source.Contains("\n**", StringComparison.Ordinal);

    /// <summary>The ASCII form of a decimal digit (any script) or a full-width Latin letter; every other character as is.</summary>
    /// <param name="c">A character.</param>
    /// <returns>The folded character.</returns>
    public static char FoldChar(char c)
    {
        if (c < 128)
        {
            return c;
        }

        if (c is >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ')
        {
            return (char)(c - 0xFEE0);
        }

        // Only decimal digits (Nd): superscripts such as m² have a digit value but are not digits of a number.
        return CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber
            ? (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c))
            : c;
    }
}
