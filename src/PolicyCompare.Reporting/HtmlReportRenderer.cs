using System.Globalization;
using System.Net;
using System.Text;

using PolicyCompare.Charts;

namespace PolicyCompare.Reporting;

/// <summary>
/// Renders a self-contained HTML page: inline CSS, charts as PNG data: URIs, a table of contents, no scripts and no
/// external resources. Every text from the content model is HTML-encoded; only the renderer's own tags are markup.
/// </summary>
public sealed class HtmlReportRenderer : IReportRenderer
{
    private const string Style = """
        html{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif}
        body{margin:0;color:#1a1a1a;background:#fff;line-height:1.6}
        main{max-width:1180px;margin:0 auto;padding:24px 32px 64px}
        h1{font-size:1.9em;margin:0.4em 0 0.6em}h2{border-bottom:2px solid #d0d7de;padding-bottom:0.2em;margin-top:2em}
        nav.toc{background:#f6f8fa;border:1px solid #d0d7de;border-radius:6px;padding:8px 24px;margin-bottom:24px}
        nav.toc ol{padding-left:1.4em;margin:0.3em 0}
        figure{margin:1.2em 0;overflow-x:auto}figure img{max-width:100%;height:auto;box-sizing:border-box;border:1px solid #eee}
        figcaption{color:#57606a;font-size:0.92em;margin-top:0.3em}
        .table-wrap{overflow-x:auto;margin:1em 0}
        table{border-collapse:collapse;font-size:0.92em}caption{text-align:left;font-weight:600;padding:4px 0}
        th,td{border:1px solid #d0d7de;padding:4px 8px;vertical-align:top}th{background:#f6f8fa}td.num{text-align:right;font-variant-numeric:tabular-nums}
        mark{background:#fff3a3;padding:0 1px}
        .task-comparison{margin:1.2em 0}
        .plans{display:grid;grid-template-columns:repeat(auto-fit,minmax(200px,1fr));gap:12px}
        .plan{border:1px solid #d0d7de;border-radius:6px;padding:8px 12px;background:#fcfcfd}
        .plan h4{margin:0 0 0.4em;font-size:1em}.plan ul{padding-left:1.1em;margin:0}.plan li{margin-bottom:0.5em}
        .plan,td{overflow-wrap:anywhere;word-break:break-word}
        .ref{color:#57606a;font-size:0.88em;margin-right:0.4em}.none{color:#8c959f}
        .key-terms{font-size:0.92em}
        """;

    private const string EmbeddedFamily = "PolicyCompare Embedded CJK";
    private readonly bool embedFont;

    /// <summary>Creates the renderer.</summary>
    /// <param name="embedFont">
    /// Embed the subset of the charts' CJK font (WenQuanYi Micro Hei) that the page's text uses, so Chinese text
    /// renders on machines without a CJK font; false leaves the page to the reader's system fonts.
    /// </param>
    public HtmlReportRenderer(bool embedFont = true)
    {
        this.embedFont = embedFont;
    }

    /// <inheritdoc />
    public string FileName => "report.html";

    /// <inheritdoc />
    public string Render(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Validate();
        var body = new StringBuilder();
        body.Append("<h1>").Append(Text(document.Title)).Append("</h1>\n");
        body.Append("<nav class=\"toc\">\n<h2>").Append(Text(document.TableOfContentsTitle)).Append("</h2>\n");
        AppendToc(body, document.Sections);
        body.Append("</nav>\n");
        foreach (ReportSection section in document.Sections)
        {
            AppendSection(body, section, 2);
        }

        var html = new StringBuilder(body.Length + 4096);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(Attr(document.Language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Text(document.Title)).Append("</title>\n<style>\n");
        if (embedFont)
        {
            // Every character the page shows: decoded text of title and body (entities become characters).
            string shown = WebUtility.HtmlDecode(document.Title + body);
            byte[] font = PolicyCompare.Charts.Rendering.FontSubsetter.SubsetEmbeddedFont(shown + PrintableAscii);
            html.Append("/* Subset of WenQuanYi Micro Hei (Apache-2.0 or GPLv3 with font embedding exception). */\n")
                .Append("@font-face{font-family:\"").Append(EmbeddedFamily).Append("\";src:url(data:font/ttf;base64,")
                .Append(Convert.ToBase64String(font)).Append(") format(\"truetype\");}\n")
                .Append("body{font-family:\"").Append(EmbeddedFamily).Append("\",sans-serif}\n");
        }

        html.Append(Style).Append("</style>\n</head>\n<body>\n<main>\n").Append(body).Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static readonly string PrintableAscii = new(Enumerable.Range(0x20, 0x7F - 0x20).Select(c => (char)c).ToArray());

    private static void AppendToc(StringBuilder html, IReadOnlyList<ReportSection> sections)
    {
        html.Append("<ol>\n");
        foreach (ReportSection section in sections)
        {
            html.Append("<li><a href=\"#").Append(Attr(section.Id)).Append("\">").Append(Text(section.Heading)).Append("</a>");
            if (section.Children.Count > 0)
            {
                html.Append('\n');
                AppendToc(html, section.Children);
            }

            html.Append("</li>\n");
        }

        html.Append("</ol>\n");
    }

    private static void AppendSection(StringBuilder html, ReportSection section, int level)
    {
        int heading = Math.Min(level, 6);
        html.Append("<section id=\"").Append(Attr(section.Id)).Append("\">\n")
            .Append("<h").Append(heading.ToString(CultureInfo.InvariantCulture)).Append('>').Append(Text(section.Heading))
            .Append("</h").Append(heading.ToString(CultureInfo.InvariantCulture)).Append(">\n");
        foreach (ReportBlock block in section.Blocks)
        {
            AppendBlock(html, block, section.Heading);
        }

        foreach (ReportSection child in section.Children)
        {
            AppendSection(html, child, level + 1);
        }

        html.Append("</section>\n");
    }

    private static void AppendBlock(StringBuilder html, ReportBlock block, string sectionHeading)
    {
        switch (block)
        {
            case ParagraphBlock paragraph:
                html.Append("<p>").Append(Text(paragraph.Text)).Append("</p>\n");
                break;
            case ChartNoticeBlock notice:
                html.Append("<p>").Append(Text(notice.Text)).Append("</p>\n");
                break;
            case ListBlock list:
                html.Append("<ul>\n");
                foreach (string item in list.Items)
                {
                    html.Append("<li>").Append(Text(item)).Append("</li>\n");
                }

                html.Append("</ul>\n");
                break;
            case TableBlock table:
                AppendTable(html, table);
                break;
            case ChartBlock chart:
                html.Append("<figure id=\"fig-").Append(Attr(chart.FileStem)).Append("\">\n<img src=\"data:image/png;base64,")
                    .Append(Convert.ToBase64String(chart.Png)).Append("\" width=\"").Append(chart.Width.ToString(CultureInfo.InvariantCulture))
                    .Append("\" height=\"").Append(chart.Height.ToString(CultureInfo.InvariantCulture))
                    .Append("\" alt=\"").Append(Attr(chart.AltText)).Append("\">\n<figcaption>").Append(Text(chart.Caption))
                    .Append("</figcaption>\n</figure>\n");
                break;
            case TaskComparisonBlock comparison:
                AppendComparison(html, comparison, sectionHeading);
                break;
            default:
                throw new NotSupportedException($"The HTML renderer cannot render a {block.GetType().Name}.");
        }
    }

    private static void AppendTable(StringBuilder html, TableBlock table)
    {
        table.Validate();
        html.Append("<div class=\"table-wrap\">\n<table>\n<caption>").Append(Text(table.Caption)).Append("</caption>\n<thead><tr>");
        foreach (string column in table.Columns)
        {
            html.Append("<th scope=\"col\">").Append(Text(column)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (IReadOnlyList<string> row in table.Rows)
        {
            html.Append("<tr>");
            for (int c = 0; c < row.Count; c++)
            {
                html.Append(table.NumericColumns?.Contains(c) == true ? "<td class=\"num\">" : "<td>").Append(Text(row[c])).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n");
    }

    private static void AppendComparison(StringBuilder html, TaskComparisonBlock comparison, string sectionHeading)
    {
        html.Append("<div class=\"task-comparison\">\n");
        if (!string.Equals(comparison.Topic, sectionHeading, StringComparison.Ordinal))
        {
            html.Append("<h4>").Append(Text(comparison.Topic)).Append("</h4>\n");
        }

        if (comparison.KeyTerms.Count > 0)
        {
            html.Append("<p class=\"key-terms\">").Append(Text(comparison.KeyTermsLabel)).Append(' ');
            html.AppendJoin(" ", comparison.KeyTerms.Select(term => "<mark>" + Text(term) + "</mark>"));
            html.Append("</p>\n");
        }

        html.Append("<div class=\"plans\">\n");
        foreach (PlanTasks plan in comparison.Plans)
        {
            html.Append("<div class=\"plan\">\n<h4>").Append(Text(plan.PlanLabel)).Append("</h4>\n");
            if (plan.Tasks.Count == 0)
            {
                html.Append("<p class=\"none\">").Append(Text(comparison.NoTasksText)).Append("</p>\n");
            }
            else
            {
                html.Append("<ul>\n");
                foreach (TaskText task in plan.Tasks)
                {
                    html.Append("<li><span class=\"ref\">").Append(Text(task.Reference)).Append("</span>");
                    foreach (TextRun run in KeyTermHighlighter.Split(task.Text, comparison.KeyTerms))
                    {
                        html.Append(run.IsKeyTerm ? "<mark>" + Text(run.Text) + "</mark>" : Text(run.Text));
                    }

                    html.Append("</li>\n");
                }

                html.Append("</ul>\n");
            }

            html.Append("</div>\n");
        }

        html.Append("</div>\n</div>\n");
    }

    /// <summary>Element text: encoded, line breaks flattened to spaces.</summary>
    private static string Text(string value) => WebUtility.HtmlEncode(value.ReplaceLineEndings(" "));

    /// <summary>Attribute value (always written inside double quotes): encoded, quotes included.</summary>
    private static string Attr(string value) => WebUtility.HtmlEncode(value.ReplaceLineEndings(" "));
}
