using PolicyCompare.Documents;

namespace PolicyCompare.Parsing.Targets;

/// <summary>The targets of one text, and the numbers in it that could not be read.</summary>
/// <param name="Targets">Targets in text order.</param>
/// <param name="Unreadable">Numbers that look like targets but cannot be read: where (source span) and why.</param>
internal sealed record TargetReading(IReadOnlyList<Target> Targets, IReadOnlyList<UnreadableNumber> Unreadable);

/// <summary>A number that looks like a target but cannot be read; it becomes a parse warning, never a value.</summary>
/// <param name="Span">Where it stands in the source.</param>
/// <param name="Message">What was written and why it cannot be read.</param>
internal sealed record UnreadableNumber(SourceSpan Span, string Message);
