namespace PolicyCompare.Metrics.TargetDrift;

/// <summary>How a term's relative frequency in a topic's tasks changed between two plan years.</summary>
/// <param name="Term">The term.</param>
/// <param name="FromFrequency">Its count / all term counts in the earlier year's tasks of the topic.</param>
/// <param name="ToFrequency">The same in the later year.</param>
/// <param name="Difference">ToFrequency − FromFrequency.</param>
public sealed record TermShift(string Term, double FromFrequency, double ToFrequency, double Difference);
