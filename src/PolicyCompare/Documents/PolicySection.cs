namespace PolicyCompare.Documents;

/// <summary>A numbered heading that groups tasks, e.g. <c>一、全面深化公立医院改革</c>.</summary>
/// <param name="Number">The number as written (e.g. <c>一</c>, <c>（三）</c>, <c>2</c>).</param>
/// <param name="Title">The heading text without its number, normalized.</param>
/// <param name="Depth">Nesting depth, 1 for top-level sections.</param>
/// <param name="Span">The heading's source span.</param>
public sealed record PolicySection(string Number, string Title, int Depth, SourceSpan Span)
{
    /// <summary>Index of the enclosing section in <see cref="PolicyDocument.Sections"/>, or null for a top-level section.</summary>
    public int? ParentIndex { get; init; }
}
