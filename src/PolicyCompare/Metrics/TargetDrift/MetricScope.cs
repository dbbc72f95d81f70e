namespace PolicyCompare.Metrics.TargetDrift;

/// <summary>
/// The scope words of a metric name: the tier, level or reach of what is counted (二级, 三级, 省级, 县级, 基层, 跨省…).
/// Two metrics are the same quantity only when their scope words agree: 省级重点专科 (a city's count) and
/// 二级医院省级临床重点专科 (a province's count in secondary hospitals) are different quantities even though their
/// wording is close.
/// </summary>
internal static class MetricScope
{
    // Longer forms first, so that 二级及以上 is read as one word and not also as 二级.
    private static readonly string[] Words =
    [
        "二级及以上", "二级以上", "三级以上", "国家级", "省级", "市级", "县级", "乡镇", "村级", "社区", "基层", "一级", "二级", "三级",
        "公立", "民营", "社会办", "跨省", "跨区域", "省内", "县域", "城市", "农村",
    ];

    /// <summary>The scope words a name contains, in a fixed order.</summary>
    public static string Of(string name)
    {
        var rest = name;
        var found = new List<string>();
        foreach (var word in Words)
        {
            if (rest.Contains(word, StringComparison.Ordinal))
            {
                found.Add(word);
                rest = rest.Replace(word, "|", StringComparison.Ordinal);
            }
        }

        return string.Join("+", found);
    }
}
