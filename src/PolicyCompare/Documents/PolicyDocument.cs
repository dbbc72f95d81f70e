namespace PolicyCompare.Documents;

/// <summary>A parsed work plan: its source text and the structure found in it, every part traceable to a span.</summary>
/// <param name="Metadata">Id, region, level, year, title…</param>
/// <param name="SourceText">The decoded source text, never altered.</param>
/// <param name="Sections">Section headings in document order.</param>
/// <param name="Tasks">Tasks in document order; <see cref="PolicyTask.Ordinal"/> is the 1-based index.</param>
/// <param name="Spans">A partition of <paramref name="SourceText"/>: ordered, non-overlapping and gap-free.</param>
public sealed record PolicyDocument(
    DocumentMetadata Metadata,
    string SourceText,
    IReadOnlyList<PolicySection> Sections,
    IReadOnlyList<PolicyTask> Tasks,
    IReadOnlyList<DocumentSpan> Spans)
{
    /// <summary>The stable document id.</summary>
    public string Id => Metadata.Id;

    /// <summary>Whether the plan names responsible departments for any task. Plans that do not are "not stated", not zero.</summary>
    public bool StatesResponsibilities => Tasks.Any(t => t.Responsibilities.Count > 0);

    /// <summary>Irregularities found while parsing (e.g. a number that cannot be read), in source order.</summary>
    public IReadOnlyList<ParseWarning> Warnings { get; init; } = [];

    /// <summary>The encoding the source bytes were decoded from (e.g. <c>utf-8</c>, <c>gb18030</c>).</summary>
    public string? SourceEncoding { get; init; }
}
