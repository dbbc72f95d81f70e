using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PolicyCompare.Corpus;

/// <summary>
/// Reduces an HTML page to plain text with AngleSharp: scripts, styles and hidden elements are dropped, block
/// elements and <c>&lt;br&gt;</c> become line breaks, runs of blanks inside a line collapse to one space. The result is
/// the document's source text (span offsets refer to it).
/// </summary>
public static class HtmlTextExtractor
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "template", "head", "iframe", "svg" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "nav", "aside", "main", "li", "ul", "ol", "dl", "dt", "dd",
        "table", "tr", "thead", "tbody", "tfoot", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "form", "title",
        "center", "hr", "address", "figure", "figcaption",
    };

    /// <summary>Extracts the visible text of an HTML document.</summary>
    /// <param name="html">The HTML source.</param>
    /// <returns>Text with one line per block.</returns>
    public static string Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = new HtmlParser().ParseDocument(html);
        var output = new StringBuilder();
        var title = document.Title;
        if (!string.IsNullOrWhiteSpace(title) && document.Body is not null && !document.Body.TextContent.Contains(title.Trim(), StringComparison.Ordinal))
        {
            output.Append(title.Trim()).Append('\n');
        }

        if (document.Body is not null)
        {
            Walk(document.Body, output);
        }

        return Tidy(output.ToString());
    }

    private static void Walk(INode node, StringBuilder output)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    AppendInline(output, text.Data);
                    break;
                case IElement element when Skipped.Contains(element.LocalName) || element.HasAttribute("hidden"):
                    break;
                case IElement element when element.LocalName.Equals("br", StringComparison.OrdinalIgnoreCase):
                    output.Append('\n');
                    break;
                case IElement element when element.LocalName is "td" or "th":
                    Walk(element, output);
                    output.Append(' ');
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    output.Append('\n');
                    Walk(element, output);
                    output.Append('\n');
                    break;
                case IElement element:
                    Walk(element, output);
                    break;
            }
        }
    }

    private static void AppendInline(StringBuilder output, string data)
    {
        foreach (var c in data)
        {
            var blank = c is ' ' or '\t' or '\n' or '\r' or '\f' or '\u00A0';
            if (blank)
            {
                if (output.Length > 0 && output[^1] is not ' ' and not '\n')
                {
                    output.Append(' ');
                }
            }
            else
            {
                output.Append(c);
            }
        }
    }

    /// <summary>Trims each line and drops empty ones: one line per block.</summary>
    private static string Tidy(string text)
    {
        var result = new StringBuilder();
        foreach (var line in text.Split('\n').Select(l => l.Trim(' ')).Where(l => l.Length > 0))
        {
            result.Append(line).Append('\n');
        }

        return result.ToString();
    }
}
