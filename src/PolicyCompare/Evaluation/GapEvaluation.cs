namespace PolicyCompare.Evaluation;

/// <summary>
/// Coverage gaps scored against expert labels of every topic each task addresses. Only plans whose every task is
/// labelled are scored. A reported topic stands for the gold key most of its labelled focus tasks have (else its
/// codebook key when the labels use it; else it cannot be scored). A reported gap is true when no labelled task of the
/// plan addresses that key. A gold gap is a key the plan does not address while at least k other scored plans do, not
/// all of them later than the plan.
/// </summary>
/// <param name="ScoredPlans">Plans whose every task is labelled.</param>
/// <param name="ReportedGaps">Gaps reported on scored plans.</param>
/// <param name="UnscorableGaps">Reported gaps whose topic maps to no gold key.</param>
/// <param name="TruePositives">Reported gaps the labels confirm.</param>
/// <param name="GoldGaps">Gaps by the labels.</param>
/// <param name="FoundGoldGaps">Gold gaps matched by a reported gap.</param>
/// <param name="FalseGaps">Reported gaps on keys the plan does address.</param>
/// <param name="MissedGaps">Gold gaps no reported gap matches.</param>
/// <param name="MembershipPrecision">Of further memberships on labelled tasks (topics mapped to keys), the share the labels list for the task.</param>
/// <param name="MembershipRecall">Of the labels' further topics, the share a further or focus membership of the task finds.</param>
public sealed record GapEvaluation(
    IReadOnlyList<string> ScoredPlans,
    int ReportedGaps,
    int UnscorableGaps,
    int TruePositives,
    int GoldGaps,
    int FoundGoldGaps,
    IReadOnlyList<ScoredGap> FalseGaps,
    IReadOnlyList<ScoredGap> MissedGaps,
    double MembershipPrecision,
    double MembershipRecall)
{
    /// <summary>TruePositives / (ReportedGaps − UnscorableGaps); NaN when nothing was scored.</summary>
    public double Precision => ReportedGaps - UnscorableGaps == 0 ? double.NaN : (double)TruePositives / (ReportedGaps - UnscorableGaps);

    /// <summary>FoundGoldGaps / GoldGaps; NaN when the labels give no gap.</summary>
    public double Recall => GoldGaps == 0 ? double.NaN : (double)FoundGoldGaps / GoldGaps;

    /// <summary>Harmonic mean of precision and recall; NaN when either is undefined or both are 0.</summary>
    public double F1 => double.IsNaN(Precision) || double.IsNaN(Recall) || Precision + Recall == 0 ? double.NaN : 2 * Precision * Recall / (Precision + Recall);
}
