using System.Text;

namespace PolicyCompare.Reporting;

/// <summary>
/// Renders the report as GitHub-flavoured Markdown: the same sections and blocks as the HTML, charts as links to
/// <c>charts/*.png</c>, key terms in bold, every document text escaped.
/// </summary>
public sealed class MarkdownReportRenderer : IReportRenderer
{
    /// <inheritdoc />
    public string FileName => "report.md";

    /// <inheritdoc />
    public string Render(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Validate();
        var md = new StringBuilder();
        md.Append("# ").Append(MarkdownText.Inline(document.Title)).Append("\n\n");
        md.Append("## ").Append(MarkdownText.Inline(document.TableOfContentsTitle)).Append("\n\n");
        AppendToc(md, document.Sections, 0);
        md.Append('\n');
        foreach (ReportSection section in document.Sections)
        {
            AppendSection(md, section, 2);
        }

        return md.ToString();
    }

    private static void AppendToc(StringBuilder md, IReadOnlyList<ReportSection> sections, int depth)
    {
        foreach (ReportSection section in sections)
        {
            md.Append(' ', depth * 2).Append("- [").Append(MarkdownText.Inline(section.Heading)).Append("](#").Append(section.Id).Append(")\n");
            AppendToc(md, section.Children, depth + 1);
        }
    }

    private static void AppendSection(StringBuilder md, ReportSection section, int level)
    {
        // Explicit anchors: heading-derived anchors differ between Markdown renderers, ids are validated slugs.
        md.Append("<a id=\"").Append(section.Id).Append("\"></a>\n\n");
        md.Append('#', Math.Min(level, 6)).Append(' ').Append(MarkdownText.Inline(section.Heading)).Append("\n\n");
        foreach (ReportBlock block in section.Blocks)
        {
            AppendBlock(md, block, section.Heading);
        }

        foreach (ReportSection child in section.Children)
        {
            AppendSection(md, child, level + 1);
        }
    }

    private static void AppendBlock(StringBuilder md, ReportBlock block, string sectionHeading)
    {
        switch (block)
        {
            case ParagraphBlock paragraph:
                md.Append(MarkdownText.Inline(paragraph.Text)).Append("\n\n");
                break;
            case ChartNoticeBlock notice:
                md.Append(MarkdownText.Inline(notice.Text)).Append("\n\n");
                break;
            case ListBlock list:
                foreach (string item in list.Items)
                {
                    md.Append("- ").Append(MarkdownText.Inline(item)).Append('\n');
                }

                md.Append('\n');
                break;
            case TableBlock table:
                AppendTable(md, table);
                break;
            case ChartBlock chart:
                md.Append("![").Append(MarkdownText.Inline(chart.AltText)).Append("](").Append(chart.PngPath).Append(")\n\n")
                    .Append('*').Append(MarkdownText.Inline(chart.Caption)).Append("* ([SVG](").Append(chart.SvgPath).Append("))\n\n");
                break;
            case TaskComparisonBlock comparison:
                AppendComparison(md, comparison, sectionHeading);
                break;
            default:
                throw new NotSupportedException($"The Markdown renderer cannot render a {block.GetType().Name}.");
        }
    }

    private static void AppendTable(StringBuilder md, TableBlock table)
    {
        table.Validate();
        md.Append("**").Append(MarkdownText.Inline(table.Caption)).Append("**\n\n");
        md.Append("| ").AppendJoin(" | ", table.Columns.Select(MarkdownText.Cell)).Append(" |\n");
        md.Append('|').AppendJoin('|', table.Columns.Select((_, c) => table.NumericColumns?.Contains(c) == true ? " ---: " : " --- ")).Append("|\n");
        foreach (IReadOnlyList<string> row in table.Rows)
        {
            md.Append("| ").AppendJoin(" | ", row.Select(MarkdownText.Cell)).Append(" |\n");
        }

        md.Append('\n');
    }

    private static void AppendComparison(StringBuilder md, TaskComparisonBlock comparison, string sectionHeading)
    {
        // The enclosing section usually is the topic; repeat the topic only when it differs.
        if (!string.Equals(comparison.Topic, sectionHeading, StringComparison.Ordinal))
        {
            md.Append("#### ").Append(MarkdownText.Inline(comparison.Topic)).Append("\n\n");
        }

        if (comparison.KeyTerms.Count > 0)
        {
            md.Append(MarkdownText.Inline(comparison.KeyTermsLabel)).Append(' ')
                .AppendJoin("、", comparison.KeyTerms.Select(t => "**" + MarkdownText.Inline(t) + "**")).Append("\n\n");
        }

        foreach (PlanTasks plan in comparison.Plans)
        {
            md.Append("**").Append(MarkdownText.Inline(plan.PlanLabel)).Append("**\n\n");
            if (plan.Tasks.Count == 0)
            {
                md.Append(MarkdownText.Inline(comparison.NoTasksText)).Append("\n\n");
                continue;
            }

            foreach (TaskText task in plan.Tasks)
            {
                md.Append("- ").Append(MarkdownText.Inline(task.Reference)).Append(' ');
                // Adjacent key terms are one bold run: "**a****b**" is not emphasis in CommonMark and shows as asterisks.
                foreach (var group in Merge(KeyTermHighlighter.Split(task.Text, comparison.KeyTerms)))
                {
                    md.Append(group.IsKeyTerm ? "**" + MarkdownText.Inline(group.Text) + "**" : MarkdownText.Inline(group.Text));
                }

                md.Append('\n');
            }

            md.Append('\n');
        }
    }

    private static IEnumerable<TextRun> Merge(IReadOnlyList<TextRun> runs)
    {
        for (int i = 0; i < runs.Count; i++)
        {
            if (!runs[i].IsKeyTerm)
            {
                yield return runs[i];
                continue;
            }

            string text = runs[i].Text;
            while (i + 1 < runs.Count && runs[i + 1].IsKeyTerm)
            {
                text += runs[++i].Text;
            }

            yield return new TextRun(text, true);
        }
    }
}
