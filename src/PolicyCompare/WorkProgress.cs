namespace PolicyCompare;

/// <summary>Progress within a long step of the pipeline: how many of its units of work are done.</summary>
/// <param name="Step">What is being done (e.g. <c>LSA</c>, <c>embedding</c>, <c>micro-clusters</c>).</param>
/// <param name="Done">Units done so far.</param>
/// <param name="Total">Units in the step.</param>
public readonly record struct WorkProgress(string Step, long Done, long Total);
