using PolicyCompare.Alignment;

namespace PolicyCompare.Synthesis;

/// <summary>Where a generated task came from: the task of the source corpus whose text it carries.</summary>
/// <param name="Task">The generated task (document id, 1-based ordinal in the generated plan).</param>
/// <param name="Source">The source task (document id, ordinal in the source corpus).</param>
public sealed record SyntheticTaskSource(TaskKey Task, TaskKey Source);
