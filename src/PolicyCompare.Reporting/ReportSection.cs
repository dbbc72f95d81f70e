namespace PolicyCompare.Reporting;

/// <summary>A titled part of a report with its blocks and optional subsections (listed in the table of contents).</summary>
/// <param name="Id">Anchor id, a lower-case slug such as "coverage" or "topic-12".</param>
/// <param name="Heading">Heading text.</param>
/// <param name="Blocks">Content, in reading order.</param>
/// <param name="Subsections">Nested sections, shown after the blocks.</param>
public sealed record ReportSection(string Id, string Heading, IReadOnlyList<ReportBlock> Blocks, IReadOnlyList<ReportSection>? Subsections = null)
{
    /// <summary>Nested sections (empty when none).</summary>
    public IReadOnlyList<ReportSection> Children => Subsections ?? [];

    /// <summary>This section and every nested one, depth first.</summary>
    public IEnumerable<ReportSection> SelfAndDescendants() => new[] { this }.Concat(Children.SelectMany(c => c.SelfAndDescendants()));
}
