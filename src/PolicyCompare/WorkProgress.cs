namespace PolicyCompare;

/// <summary>
/// Progress within a long step of the pipeline: how many of its units of work are done (see
/// <see cref="DependencyInjection.PolicyCompareBuilderExtensions.ReportWorkProgress"/> for the steps and their units).
/// </summary>
/// <param name="Step">What is being done (<c>files</c>, <c>LSA</c>, <c>embedding</c>, <c>micro-clusters</c>, <c>silhouette</c>, <c>measures</c>).</param>
/// <param name="Done">Units done so far.</param>
/// <param name="Total">Units in the step.</param>
public readonly record struct WorkProgress(string Step, long Done, long Total);
