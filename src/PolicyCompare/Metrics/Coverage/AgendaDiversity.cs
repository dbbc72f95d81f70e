namespace PolicyCompare.Metrics.Coverage;

/// <summary>How evenly a plan spreads its tasks over topics, from its topic shares s_t.</summary>
/// <param name="EntropyNats">Shannon entropy H = −Σ s_t ln s_t, in nats (natural logarithm).</param>
/// <param name="EffectiveTopics">exp(H): the number of equally weighted topics with the same entropy.</param>
/// <param name="Herfindahl">Σ s_t², from 1/(topics covered) (even) to 1 (one topic).</param>
public sealed record AgendaDiversity(double EntropyNats, double EffectiveTopics, double Herfindahl);
