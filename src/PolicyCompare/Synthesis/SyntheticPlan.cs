using PolicyCompare.Documents;

namespace PolicyCompare.Synthesis;

/// <summary>A generated plan: its manifest entry, its text as a file would hold it, and the source of each of its tasks.</summary>
/// <param name="Metadata">Manifest entry (id, file, region, level, year, title, issuer).</param>
/// <param name="Text">The plan's text, as written to <see cref="DocumentMetadata.File"/>.</param>
/// <param name="Sources">The source of each task, in task order.</param>
public sealed record SyntheticPlan(DocumentMetadata Metadata, string Text, IReadOnlyList<SyntheticTaskSource> Sources);
