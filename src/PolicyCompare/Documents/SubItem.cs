namespace PolicyCompare.Documents;

/// <summary>An inline point of a task's text introduced by 一是, 二是… (a series in one paragraph, not separate tasks).</summary>
/// <param name="Marker">The marker as read (e.g. <c>二是</c>).</param>
/// <param name="Text">The point's normalized text after its marker, up to the next marker or the end of its sentence run.</param>
/// <param name="Span">Where the point stands in the source, marker included.</param>
public sealed record SubItem(string Marker, string Text, SourceSpan Span);
