using PolicyCompare.Documents;

namespace PolicyCompare.Alignment;

/// <summary>A clause or run of clauses of a task: the text that carries a topic membership.</summary>
/// <param name="Start">Start index in the task's normalized text (<see cref="PolicyTask.Text"/>).</param>
/// <param name="Length">Number of normalized characters.</param>
/// <param name="Text">The passage as normalized text.</param>
/// <param name="Span">The source span the passage covers (<c>source.Substring(Span.Start, Span.Length)</c>).</param>
public sealed record TaskPassage(int Start, int Length, string Text, SourceSpan Span);
