namespace PolicyCompare.Documents;

/// <summary>An irregularity found while parsing a plan; the plan still parses, and nothing is silently dropped.</summary>
/// <param name="Kind">What kind of irregularity.</param>
/// <param name="DocumentId">The document it was found in.</param>
/// <param name="SourceOffset">Where it starts in the source text (UTF-16 offset).</param>
/// <param name="Line">The 1-based source line.</param>
/// <param name="Message">What was found, in words.</param>
public sealed record ParseWarning(ParseWarningKind Kind, string DocumentId, int SourceOffset, int Line, string Message);
