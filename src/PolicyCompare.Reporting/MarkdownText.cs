using System.Text;

namespace PolicyCompare.Reporting;

/// <summary>Escapes plain text for CommonMark/GFM so document text can never become markup.</summary>
internal static class MarkdownText
{
    /// <summary>Inline text: Markdown punctuation backslash-escaped, '&lt;' and '&amp;' as entities, line breaks as spaces.</summary>
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

        // A line starting with these would become a list item or block quote.
        string text = result.ToString();
        return text.Length > 0 && text[0] is '-' or '+' or '=' ? "\\" + text : text;
    }

    /// <summary>A GFM table cell: inline-escaped (so '|' is "\|") with line breaks as &lt;br&gt;.</summary>
    public static string Cell(string value) =>
        string.Join("<br>", value.ReplaceLineEndings("\n").Split('\n').Select(Inline));
}
