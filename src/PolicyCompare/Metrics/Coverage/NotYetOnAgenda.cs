namespace PolicyCompare.Metrics.Coverage;

/// <summary>
/// A topic this plan does not address that would otherwise be a gap, but every task addressing it comes from a plan
/// later than this plan's year: it was not yet on the agenda when the plan was written, so it is not a gap.
/// </summary>
/// <param name="DocumentId">The plan.</param>
/// <param name="TopicId">The topic.</param>
/// <param name="TopicLabel">The topic's label.</param>
/// <param name="PlanYear">The plan's year.</param>
/// <param name="FirstYear">The earliest year of a plan addressing the topic (&gt; PlanYear).</param>
/// <param name="PeersCovering">How many other plans address the topic.</param>
public sealed record NotYetOnAgenda(string DocumentId, string TopicId, string TopicLabel, int PlanYear, int FirstYear, int PeersCovering);
