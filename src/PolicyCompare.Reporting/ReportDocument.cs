namespace PolicyCompare.Reporting;

/// <summary>
/// A report's content, built once and rendered by <see cref="HtmlReportRenderer"/> and
/// <see cref="MarkdownReportRenderer"/>. All text is plain text (never markup); renderers escape it.
/// </summary>
/// <param name="Title">Document title (first heading and HTML title).</param>
/// <param name="Language">BCP 47 language of the report text, e.g. "zh-CN" or "en".</param>
/// <param name="TableOfContentsTitle">Heading of the table of contents, in the report's language.</param>
/// <param name="Sections">Top-level sections, in reading order.</param>
public sealed record ReportDocument(string Title, string Language, string TableOfContentsTitle, IReadOnlyList<ReportSection> Sections)
{
    /// <summary>Every section, depth first, in reading order.</summary>
    public IEnumerable<ReportSection> AllSections() => Sections.SelectMany(s => s.SelfAndDescendants());

    /// <summary>Every chart block of the document, in reading order.</summary>
    public IEnumerable<ChartBlock> Charts() => AllSections().SelectMany(s => s.Blocks).OfType<ChartBlock>();

    /// <summary>Every chart that could not be drawn, in reading order.</summary>
    public IEnumerable<ChartNoticeBlock> ChartNotices() => AllSections().SelectMany(s => s.Blocks).OfType<ChartNoticeBlock>();

    /// <summary>
    /// Throws <see cref="ArgumentException"/> when section ids or chart file names repeat or are not
    /// lower-case slugs (they become HTML anchors and file names).
    /// </summary>
    public void Validate()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (ReportSection section in AllSections())
        {
            ReportSlug.Check(section.Id, "section id");
            if (!ids.Add(section.Id))
            {
                throw new ArgumentException($"Report '{Title}': section id '{section.Id}' is used twice.", nameof(Sections));
            }
        }

        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (ChartBlock chart in Charts())
        {
            ReportSlug.Check(chart.FileStem, "chart file stem");
            if (!stems.Add(chart.FileStem))
            {
                throw new ArgumentException($"Report '{Title}': chart file stem '{chart.FileStem}' is used twice.", nameof(Sections));
            }
        }
    }
}
