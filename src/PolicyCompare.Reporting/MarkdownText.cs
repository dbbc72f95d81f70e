using System.Text;

namespace PolicyCompare.Reporting;

/// <summary>Escapes plain text for CommonMark/GFM so document text can never become markup.</summary>
internal static class MarkdownText
{
    /// <summary>
    /// Inline text: Markdown punctuation (link brackets and parentheses, emphasis, code, headings, tables) backslash-escaped,
    /// '&lt;', '&gt;' and '&amp;' as entities (so raw HTML stays text), bare URLs kept from autolinking, list and heading
    /// starts escaped; line breaks become spaces.
    /// </summary>
    public static string Inline(string value)
    {
        var result = new StringBuilder(value.Length + 8);
        foreach (char c in value.ReplaceLineEndings(" "))
        {
            switch (c)
            {
                case '<':
                    result.Append("&lt;");
                    break;
                case '>':
                    result.Append("&gt;");
                    break;
                case '&':
                    result.Append("&amp;");
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '#' or '|' or '~' or '!' or '(' or ')':
                    result.Append('\\').Append(c);
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        // GFM's extended autolinks turn bare "http://…" and "www.…" into links; an escaped ':' or '.' breaks the match
        // and still renders as the same character.
        string text = result.ToString()
            .Replace("://", "\\://", StringComparison.Ordinal)
            .Replace("www.", "www\\.", StringComparison.OrdinalIgnoreCase);

        // A line starting with these would become a list item, a setext underline or an ordered list ("1. ", "2) ").
        if (text.Length > 0 && text[0] is '-' or '+' or '=')
        {
            return "\\" + text;
        }

        int digits = 0;
        while (digits < text.Length && digits < 10 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits > 0 && digits < text.Length && text[digits] is '.' or ')'
            ? string.Concat(text.AsSpan(0, digits), "\\", text.AsSpan(digits))
            : text;
    }

    /// <summary>A GFM table cell: inline-escaped (so '|' is "\|") with line breaks as &lt;br&gt;.</summary>
    public static string Cell(string value) =>
        string.Join("<br>", value.ReplaceLineEndings("\n").Split('\n').Select(Inline));
}
