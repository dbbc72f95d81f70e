using System.Text.RegularExpressions;

namespace PolicyCompare.Metrics.TargetDrift;

/// <summary>
/// Keeps metric names noun phrases that say what is measured. A phrase that is a place (旗县, 各县市区), starts with one
/// (其它县市区上述健康场所占比 → 健康场所占比) or ends with one (三级医院县市 → 三级医院), or is a bare result word
/// (全覆盖), names nothing: the place is stripped and, when nothing is left, the name is taken from the nearest earlier
/// clause of the target's own sentence (7个健康镇(街道)建设(各县市区1个) → 健康镇建设).
/// </summary>
internal static partial class MetricNaming
{
    /// <summary>A place word: county/city/district groupings and the words that point at them.</summary>
    [GeneratedRegex(@"^(各|其它|其他|每个|每|全|所有|部分)?(县市区|县\(市、区\)|县（市、区）|旗县区?|县市|县区|市州|盟市|市县|城区|地区|辖区|区县|乡镇街道|街道)(辖区)?(内)?")]
    private static partial Regex LeadingPlace();

    [GeneratedRegex(@"(县市区|旗县区?|县市|县区|市州|盟市|辖区内?)$")]
    private static partial Regex TrailingPlace();

    [GeneratedRegex(@"^(着力|大力|积极|全面|深入|持续|力争|争取|推进|加快|开展|实施|推动|完成|新增|新建|建成|创建|支持|鼓励|实现|做到)+")]
    private static partial Regex LeadingVerb();

    [GeneratedRegex(@"(全覆盖|覆盖|全部|达标)$")]
    private static partial Regex TrailingResult();

    [GeneratedRegex(@"^(上述|以上|前述|该|这些)")]
    private static partial Regex Anaphora();

    [GeneratedRegex(@"^[\d０-９一二三四五六七八九十百千万.—\-~～]+(个|家|所|名|人|张|项|种|批)")]
    private static partial Regex LeadingCount();

    [GeneratedRegex(@"[（(][^）)]*[）)]")]
    private static partial Regex Brackets();

    [GeneratedRegex(@"[（(][^）)]*$")]
    private static partial Regex OpenBracket();

    /// <summary>The corpus's region names and their short forms, longest first.</summary>
    public static IReadOnlyList<string> RegionNames(IEnumerable<string?> regions) => Alignment.RegionNames.Of(regions);

    /// <summary>
    /// The basis a place phrase sets (各县市区 → 每县市区: the value is per county), or null when the phrase does not
    /// start with a distributive place word.
    /// </summary>
    public static string? PlaceBasis(string phrase)
    {
        var match = LeadingPlace().Match(phrase);
        return match.Success && match.Groups[1].Value is "各" or "每" or "每个" ? "每" + match.Groups[2].Value : null;
    }

    private static readonly HashSet<string> Fragments = new(StringComparer.Ordinal)
    {
        "全覆盖", "覆盖", "实现", "完成", "建设", "达标", "全部", "均", "以上", "基本", "工作",
    };

    private static readonly char[] ClauseBreaks = ['，', ',', '；', ';', '：', ':', '。', '、'];

    /// <summary>The name with place words stripped, or null when nothing measurable is left.</summary>
    public static string? Clean(string name, IReadOnlyCollection<string> regionNames)
    {
        var s = name;
        foreach (var region in regionNames.Where(r => r.Length >= 2).OrderByDescending(r => r.Length))
        {
            if (s.StartsWith(region, StringComparison.Ordinal) && s.Length > region.Length)
            {
                s = s[region.Length..];
            }
        }

        for (var i = 0; i < 3; i++)
        {
            s = LeadingVerb().Replace(s, string.Empty);
            s = LeadingPlace().Replace(s, string.Empty);
            s = Anaphora().Replace(s, string.Empty);
            s = LeadingCount().Replace(s, string.Empty);
        }

        s = TrailingResult().Replace(s, string.Empty);
        s = TrailingPlace().Replace(s, string.Empty);
        return IsName(s) ? s : null;
    }

    /// <summary>The name from the nearest earlier clause of the sentence that names something, or null.</summary>
    public static string? FromSentence(string sentenceBefore, IReadOnlyCollection<string> regionNames, Func<string, string> clean)
    {
        var text = OpenBracket().Replace(Brackets().Replace(sentenceBefore, string.Empty), string.Empty);
        var clauses = text.Split(ClauseBreaks, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = clauses.Length - 1; i >= 0; i--)
        {
            if (Clean(clean(clauses[i]), regionNames) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>Whether a phrase can name a metric: at least two characters, not a place, not a bare result word.</summary>
    public static bool IsName(string s) =>
        s.Length >= 2 && !Fragments.Contains(s) && !LeadingPlace().IsMatch(s) && !s.All(c => char.IsDigit(c) || char.IsPunctuation(c));
}
