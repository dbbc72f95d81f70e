namespace PolicyCompare.Documents;

/// <summary>A parsed work plan: its source text and the structure found in it, every part traceable to a span.</summary>
/// <param name="Metadata">Id, region, level, year, title…</param>
/// <param name="SourceText">The decoded source text, never altered.</param>
/// <param name="Sections">Section headings in document order.</param>
/// <param name="Tasks">Numbered units in document order (policy tasks and framing units); <see cref="PolicyTask.Ordinal"/> is the 1-based index.</param>
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

    /// <summary>
    /// The policy tasks (<see cref="PolicyTask.IsPolicyTask"/>) in document order: what topics, coverage, department
    /// load and drift count. Their ordinals keep their place in <see cref="Tasks"/>.
    /// </summary>
    public IReadOnlyList<PolicyTask> PolicyTasks => Tasks.Where(t => t.IsPolicyTask).ToList();

    /// <summary>Whether the plan names responsible departments for any task. Plans that do not are "not stated", not zero.</summary>
    public bool StatesResponsibilities => Tasks.Any(t => t.Responsibilities.Count > 0);

    /// <summary>Irregularities found while parsing (numbering gaps, shuffled or repeated numbers, empty units, numbers that cannot be read), in source order.</summary>
    public IReadOnlyList<ParseWarning> Warnings { get; init; } = [];

    /// <summary>The encoding the source bytes were decoded from (e.g. <c>utf-8</c>, <c>gb18030</c>).</summary>
    public string? SourceEncoding { get; init; }
}
