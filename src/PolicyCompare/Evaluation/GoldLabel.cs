using PolicyCompare.Alignment;

namespace PolicyCompare.Evaluation;

/// <summary>An expert's topic for one task.</summary>
/// <param name="Task">The task (document id and 1-based ordinal).</param>
/// <param name="Topic">The expert's topic label.</param>
/// <param name="Line">The 1-based line of the gold file it was read from.</param>
public sealed record GoldLabel(TaskKey Task, string Topic, int Line);
