namespace PolicyCompare.Documents;

/// <summary>How a target value is bounded.</summary>
public enum TargetComparator
{
    /// <summary>Exactly, or stated without qualifier (达到30%); a milestone is <see cref="Equal"/>.</summary>
    Equal,
    /// <summary>At least (以上, 不低于, 不少于, 达到…以上).</summary>
    AtLeast,
    /// <summary>At most (以下, 以内, 不超过, 不高于, 控制在…以内).</summary>
    AtMost,
    /// <summary>About (左右, 约).</summary>
    Approximately,
    /// <summary>A range from <see cref="Target.Value"/> to <see cref="Target.ValueMax"/> (5—10个).</summary>
    Range,
}

/// <summary>The dimension of a target value.</summary>
public enum TargetKind
{
    /// <summary>A percentage level (value 30 means 30%; 百分之六十五, 三成 and 十分之一 are percentages too).</summary>
    Percentage,
    /// <summary>An amount of money in yuan (2000万元 is 20,000,000).</summary>
    Money,
    /// <summary>A count of things (家, 个, 名, 所, 张…), a time limit (天, 小时, 个工作日), an age (岁) or a grade (级) stated as a level.</summary>
    Count,
    /// <summary>A per-capita or per-population ratio (每千人口3.5张).</summary>
    Ratio,
    /// <summary>
    /// A rate on a base other than 100, with the base as its <see cref="Target.Unit"/>: ‰ (5‰, 千分之六), ‱ (万分之三)
    /// or /10万 (十万分之十二, 12/10万). The value is the count on that base (12 for 十万分之十二).
    /// </summary>
    Rate,
    /// <summary>
    /// A change of a percentage in percentage points (提高5个百分点 is +5, 下降10个百分点 is −10), never a level.
    /// The value is signed by the verb; the comparator bounds its magnitude (至少下降10个百分点: at least 10 points down).
    /// </summary>
    PercentagePoints,
    /// <summary>
    /// A dated commitment without a number (2024年底实现检查检验结果互认, 6月底前完成整合方案) or a full-coverage
    /// commitment (全覆盖). Its value is <see cref="double.NaN"/>: no number is invented; the scope is the committed outcome.
    /// </summary>
    Milestone,
}

/// <summary>A quantitative target or dated commitment stated in a task.</summary>
/// <param name="Text">The quoted target text as written (the value with its unit, or the milestone's deadline and outcome).</param>
/// <param name="Value">The value, in base units (yuan, percent, count, points); <see cref="double.NaN"/> for a milestone.</param>
/// <param name="ValueMax">The upper value of a range, else null.</param>
/// <param name="Unit">The unit (%, ‰, /10万, 元, 万元, 家, 张, 个百分点…; % for 百分之 and 成; empty for a milestone).</param>
/// <param name="Kind">Percentage, money, count, ratio, rate, percentage points or milestone.</param>
/// <param name="Comparator">How the value bounds the target.</param>
/// <param name="Scope">The phrase naming what is measured (e.g. 重点人群覆盖率) or, for a milestone, the committed outcome; or null.</param>
/// <param name="DeadlineYear">The year the target is due (到2025年, 2024年底, “十四五”期间 → 2025), or null.</param>
/// <param name="Span">Where the target stands in the source.</param>
public sealed record Target(
    string Text,
    double Value,
    double? ValueMax,
    string Unit,
    TargetKind Kind,
    TargetComparator Comparator,
    string? Scope,
    int? DeadlineYear,
    SourceSpan Span)
{
    /// <summary>What the value is counted per (人均, 每千人口, 每床, 每年…), or null when it is an absolute figure.</summary>
    public string? Per { get; init; }

    /// <summary>The month the target is due (1–12) when one is stated (2023年6月底前 → 6), else null.</summary>
    public int? DeadlineMonth { get; init; }

    /// <summary>Whether the target is a full-coverage commitment (全覆盖); such a target is a <see cref="TargetKind.Milestone"/>.</summary>
    public bool IsFullCoverage { get; init; }
}
