using System.ComponentModel.DataAnnotations;

namespace PolicyCompare.Metrics;

/// <summary>Options of the metrics stage (coverage, target drift, department load).</summary>
public sealed class MetricsOptions
{
    /// <summary>
    /// Gap threshold k: a topic is a gap of a plan when at least k of the other plans cover it and this plan does not.
    /// </summary>
    /// <value>The default value is 2.</value>
    [Range(1, int.MaxValue)]
    public int GapThreshold { get; set; } = 2;

    /// <summary>
    /// Most peer tasks listed as the evidence of one coverage gap (the rest are counted in
    /// <see cref="Coverage.CoverageGap.EvidenceCount"/>): with hundreds of plans every gap would otherwise list thousands.
    /// </summary>
    /// <value>The default value is 20.</value>
    [Range(1, int.MaxValue)]
    public int GapEvidenceLimit { get; set; } = 20;

    /// <summary>Up to this many plans, coverage lists the similarity of every pair of plans.</summary>
    /// <value>The default value is 100.</value>
    [Range(1, int.MaxValue)]
    public int AllPairsPlanLimit { get; set; } = 100;

    /// <summary>Past <see cref="AllPairsPlanLimit"/> plans, coverage lists each plan's similarity to this many most similar peers.</summary>
    /// <value>The default value is 10.</value>
    [Range(1, int.MaxValue)]
    public int NearestPlanCount { get; set; } = 10;

    /// <summary>Weight of a led task (牵头, or first-listed where the plan says so) in an agency's weighted load.</summary>
    /// <value>The default value is 1.0.</value>
    [Range(0.0, double.MaxValue)]
    public double LeadWeight { get; set; } = 1.0;

    /// <summary>Weight of a co-responsible task (负责) in an agency's weighted load.</summary>
    /// <value>The default value is 0.5.</value>
    [Range(0.0, double.MaxValue)]
    public double CoWeight { get; set; } = 0.5;

    /// <summary>Weight of a participating task (参与, 配合) in an agency's weighted load.</summary>
    /// <value>The default value is 0.25.</value>
    [Range(0.0, double.MaxValue)]
    public double ParticipateWeight { get; set; } = 0.25;

    /// <summary>
    /// Cosine similarity of target-phrase embeddings at or above which two differently named candidate metrics whose
    /// targets share a topic are merged into one metric (complete linkage: every pair of their targets must reach it).
    /// </summary>
    /// <value>The default value is 0.93 (on the seed plans with the built-in TF-IDF/LSA embedder, 0.9 still merged
    /// unrelated measures such as 基本医疗保险参保率 and 普通门诊费用跨省直接结算).</value>
    [Range(0.0, 1.0)]
    public double MetricSimilarityThreshold { get; set; } = 0.93;

    /// <summary>
    /// The stricter cosine similarity needed to merge candidate metrics whose targets share no topic.
    /// Must not be below <see cref="MetricSimilarityThreshold"/>.
    /// </summary>
    /// <value>The default value is 0.95.</value>
    [Range(0.0, 1.0)]
    public double CrossTopicMetricSimilarityThreshold { get; set; } = 0.95;

    /// <summary>How many characters of the sentence before a target are embedded with it as its nearby text.</summary>
    /// <value>The default value is 10: enough for the words just before a phrase, short enough that the phrase, not
    /// the surrounding task, decides the similarity (longer windows merged unrelated targets of the seed plans).</value>
    [Range(0, 1000)]
    public int TargetContextCharacters { get; set; } = 10;

    /// <summary>How many rising and how many falling terms are reported per topic and pair of plan years.</summary>
    /// <value>The default value is 10.</value>
    [Range(1, 1000)]
    public int TopTermCount { get; set; } = 10;

    /// <summary>
    /// Optional path of a JSON file extending the built-in metric lexicon (aliases, population qualifiers, generic
    /// measure words); same shape as the embedded <c>metric-lexicon.json</c>. Entries add to the built-in ones.
    /// </summary>
    /// <value>The default value is null (built-in lexicon only).</value>
    public string? MetricLexiconPath { get; set; }

    /// <summary>
    /// User-declared series: document id → series name. Plans of one series are treated as one place over time (a
    /// change and per-year rate are computed between them), as plans of one region are; a plan not listed is its own
    /// region's. Use it for a region renamed or merged between plans, never to join different places.
    /// </summary>
    /// <value>The default value is empty.</value>
    public IDictionary<string, string> PlanSeries { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Checks the combination of values that attributes cannot express.</summary>
    /// <returns>Problems, empty when the options are valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        var context = new ValidationContext(this);
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(this, context, results, validateAllProperties: true))
        {
            problems.AddRange(results.Select(r => r.ErrorMessage ?? "invalid value"));
        }

        foreach (var (name, value) in new[] { (nameof(LeadWeight), LeadWeight), (nameof(CoWeight), CoWeight), (nameof(ParticipateWeight), ParticipateWeight) })
        {
            if (!double.IsFinite(value))
            {
                problems.Add($"{name} must be a finite number.");
            }
        }

        if (LeadWeight + CoWeight + ParticipateWeight <= 0)
        {
            problems.Add("At least one load weight must be positive.");
        }

        if (CrossTopicMetricSimilarityThreshold < MetricSimilarityThreshold)
        {
            problems.Add($"{nameof(CrossTopicMetricSimilarityThreshold)} ({CrossTopicMetricSimilarityThreshold}) must not be below {nameof(MetricSimilarityThreshold)} ({MetricSimilarityThreshold}).");
        }

        return problems;
    }

    /// <summary>Throws when the options are invalid.</summary>
    /// <exception cref="PolicyCompareException">Lists every problem found.</exception>
    public void EnsureValid()
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new PolicyCompareException("Invalid metrics options: " + string.Join(" ", problems));
        }
    }
}
