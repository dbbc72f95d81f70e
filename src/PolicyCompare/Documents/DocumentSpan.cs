namespace PolicyCompare.Documents;

/// <summary>What a stretch of the source text is. Every character of a document belongs to exactly one kind.</summary>
public enum SpanKind
{
    /// <summary>Web or PDF debris: menus, breadcrumbs, footers, signature blocks, page furniture.</summary>
    Boilerplate,
    /// <summary>Title, issuing notice and introductory prose before the first task.</summary>
    Preamble,
    /// <summary>A section heading (e.g. <c>一、…</c>) that is not itself a task.</summary>
    Heading,
    /// <summary>A task: its number, text and responsibility parenthesis.</summary>
    Task,
    /// <summary>Closing prose after the last task (implementation requirements, attachments).</summary>
    Closing,
}

/// <summary>A classified, non-overlapping piece of a document's source text.</summary>
/// <param name="Kind">What the text is.</param>
/// <param name="Span">Where it is.</param>
public sealed record DocumentSpan(SpanKind Kind, SourceSpan Span);
