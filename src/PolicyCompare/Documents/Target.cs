namespace PolicyCompare.Documents;

/// <summary>How a target value is bounded.</summary>
public enum TargetComparator
{
    /// <summary>Exactly, or stated without qualifier (达到30%).</summary>
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
    /// <summary>A percentage (value 30 means 30%).</summary>
    Percentage,
    /// <summary>An amount of money in yuan (2000万元 is 20,000,000).</summary>
    Money,
    /// <summary>A count of things (家, 个, 名, 所, 张…).</summary>
    Count,
    /// <summary>A per-capita or per-population ratio (每千人口3.5张).</summary>
    Ratio,
}

/// <summary>A quantitative target stated in a task.</summary>
/// <param name="Text">The quoted target text as written.</param>
/// <param name="Value">The value, in base units (yuan, percent, count).</param>
/// <param name="ValueMax">The upper value of a range, else null.</param>
/// <param name="Unit">The unit as written (%, 元, 万元, 家, 张…).</param>
/// <param name="Kind">Percentage, money, count or ratio.</param>
/// <param name="Comparator">How the value bounds the target.</param>
/// <param name="Scope">The phrase naming what is measured (e.g. 重点人群覆盖率), or null.</param>
/// <param name="DeadlineYear">The year the target is due (到2025年), or null.</param>
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
}
