namespace PolicyCompare.Metrics.Coverage;

/// <summary>
/// A topic no text of this plan addresses (no task has it as focus or carries it in a passage), while at least k of the
/// other plans address it and at least one of the tasks addressing it comes from a plan of this plan's year or earlier
/// (or of an unknown year).
/// </summary>
/// <param name="DocumentId">The plan with the gap.</param>
/// <param name="TopicId">The topic.</param>
/// <param name="TopicLabel">The topic's label.</param>
/// <param name="PeersCovering">How many other plans address the topic.</param>
/// <param name="PeerCount">How many other plans there are (n).</param>
/// <param name="Evidence">
/// The peers' tasks addressing the topic, focus tasks first, then by plan order and ordinal: the first
/// <see cref="MetricsOptions.GapEvidenceLimit"/> of them, so that output grows with the corpus rather than with its square;
/// <see cref="EvidenceCount"/> says how many there are.
/// </param>
public sealed record CoverageGap(
    string DocumentId,
    string TopicId,
    string TopicLabel,
    int PeersCovering,
    int PeerCount,
    IReadOnlyList<GapEvidence> Evidence)
{
    private readonly int? _evidenceCount;

    /// <summary>How many peer tasks fall in the topic (at least <see cref="Evidence"/>'s count, which may be capped).</summary>
    public int EvidenceCount
    {
        get => _evidenceCount ?? Evidence.Count;
        init => _evidenceCount = value;
    }
}
