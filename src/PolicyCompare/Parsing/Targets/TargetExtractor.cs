using System.Globalization;
using System.Text.RegularExpressions;
using PolicyCompare.Documents;

namespace PolicyCompare.Parsing.Targets;

/// <summary>
/// Finds quantitative targets in a task's normalized text: percentages (达到30%以上), money (2000万元), counts
/// (40家, 5—10个), per-capita and per-population ratios (每千人口3.5张), and 全覆盖 (100%). Document numbers, dates,
/// years, law names, formulas such as 1+1+1 and labels such as 0元号 are not targets.
/// </summary>
internal sealed partial class TargetExtractor
{
    private readonly int _maxScopeLength;

    /// <summary>Creates the extractor.</summary>
    /// <param name="maxScopeLength">Longest scope phrase kept.</param>
    public TargetExtractor(int maxScopeLength) => _maxScopeLength = maxScopeLength;

    [GeneratedRegex(@"(?<![\d.+＋×*/第])(?<num>\d+(?:\.\d+)?)(?:(?<sep>[—–\-~～至到])(?<max>\d+(?:\.\d+)?))?(?<unit>个百分点|%|％|万亿元|亿元|万元|千元|元|万人次|万人|万名|人次|家|个|名|人|所|张|床|项|次|种|支|台|套|批|户|座|条|天|小时)(?<suffix>及以上|以上|以下|以内|左右)?")]
    private static partial Regex QuantityPattern();

    [GeneratedRegex(@"全覆盖(?![”""’'工试示])")]
    private static partial Regex FullCoveragePattern();

    [GeneratedRegex(@"(?<![\d从自])(?<year>(?:19|20)\d{2})年(?![以来起])")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"(?:人均|每千常住人口|每千人口|每万常住人口|每万人口|每十万人口|每千人|每万人|每床|每人每年|每人|每户|每年|每个)")]
    private static partial Regex PerPattern();

    private static readonly string[] AtLeastWords = ["不低于", "不少于", "不小于", "至少", "超过", "高于", "多于"];
    private static readonly string[] AtMostWords = ["不超过", "不高于", "不大于", "控制在", "低于", "少于", "小于"];
    private static readonly string[] ScopeTrailingWords =
    [
        "分别不低于", "分别不少于", "分别达到", "分别提高到", "分别为", "不低于", "不少于", "不小于", "不超过", "不高于", "不大于",
        "稳定在", "保持在", "控制在", "提高到", "提升到", "增加到", "增长到", "降低到", "下降到", "降至", "提高至", "提升至", "达到",
        "至少", "超过", "高于", "低于", "少于", "多于", "分别", "均", "达", "为", "占", "提高", "提升", "增加", "下降", "降低", "减少",
        "在", "约", "大约", "累计", "再", "按照", "按",
    ];

    private static readonly string[] MeasureVerbs =
        ["不低于", "不少于", "不超过", "不高于", "达到", "提高到", "提升到", "稳定在", "控制在", "保持在", "降低到", "下降到", "增加到"];

    private static readonly string[] LeadingVerbs =
        ["基本实现", "全面实现", "逐步实现", "实现", "确保", "做到", "推动", "推进", "力争", "争取", "进一步"];

    /// <summary>Extracts the targets of one task.</summary>
    /// <param name="text">The task's normalized text.</param>
    /// <returns>Targets in text order.</returns>
    public IReadOnlyList<Target> Extract(NormalizedText text)
    {
        var value = text.Value;
        var excluded = ExcludedRanges(value);
        Target? previous = null;
        var previousEnd = -1;
        var results = new List<Target>();
        var matches = QuantityPattern().Matches(value).Cast<Match>()
            .Select(m => (m.Index, m.Length, Match: m))
            .Concat(FullCoveragePattern().Matches(value).Select(m => (m.Index, m.Length, Match: m)))
            .OrderBy(x => x.Index)
            .ToList();
        foreach (var (index, length, match) in matches)
        {
            if (excluded.Any(r => index >= r.Start && index < r.End) || IsLabel(value, index, length))
            {
                continue;
            }

            var target = match.Groups["num"].Success
                ? FromQuantity(text, match, previous, previousEnd)
                : FromFullCoverage(text, match);
            if (target is null)
            {
                continue;
            }

            results.Add(target);
            previous = target;
            previousEnd = index + length;
        }

        return results;
    }

    private Target? FromQuantity(NormalizedText text, Match match, Target? previous, int previousEnd)
    {
        var value = text.Value;
        var unit = match.Groups["unit"].Value;
        var suffix = match.Groups["suffix"].Value;
        var end = match.Index + match.Length;
        var kind = unit switch
        {
            "%" or "％" or "个百分点" => TargetKind.Percentage,
            _ when unit.EndsWith('元') => TargetKind.Money,
            _ => TargetKind.Count,
        };

        // A count followed by 的 describes what it applies to (6万人以下的旗县, 13个部门), it is not a goal.
        if (kind == TargetKind.Count && (end < value.Length && value[end] == '的' || Follows(value, end, "部门")))
        {
            return null;
        }

        var multiplier = unit.StartsWith("万亿", StringComparison.Ordinal) ? 1e12
            : unit.StartsWith('亿') ? 1e8
            : unit.StartsWith('万') ? 1e4
            : unit.StartsWith('千') ? 1e3
            : 1;
        var number = Parse(match.Groups["num"].Value) * multiplier;
        double? max = match.Groups["max"].Success ? Parse(match.Groups["max"].Value) * multiplier : null;
        var clauseStart = ClauseStart(value, match.Index);
        var listContinues = previous is not null && previousEnd >= clauseStart && IsListSeparator(value, previousEnd, match.Index);
        var prefixStart = Math.Max(clauseStart, previousEnd >= clauseStart ? previousEnd : clauseStart);
        var prefix = value[prefixStart..match.Index];
        var comparator = max is not null ? TargetComparator.Range
            : suffix is "以上" or "及以上" ? TargetComparator.AtLeast
            : suffix is "以下" or "以内" ? TargetComparator.AtMost
            : suffix is "左右" ? TargetComparator.Approximately
            : listContinues ? previous!.Comparator == TargetComparator.Range ? TargetComparator.Equal : previous.Comparator
            : PrefixComparator(value[clauseStart..match.Index]);
        var per = kind == TargetKind.Percentage ? null : PerPattern().Matches(prefix).LastOrDefault()?.Value;
        if (kind == TargetKind.Count && per is not null && (per.Contains('人', StringComparison.Ordinal) || per.Contains('床', StringComparison.Ordinal) || per.Contains('户', StringComparison.Ordinal)))
        {
            kind = TargetKind.Ratio;
        }

        var scope = listContinues ? previous!.Scope : Scope(value, prefixStart, match.Index, end, kind);
        var deadline = listContinues ? previous!.DeadlineYear : Deadline(value, match.Index);
        return new Target(match.Value, number, max, unit, kind, comparator, scope, deadline, text.ToSourceSpan(match.Index, match.Length))
        {
            Per = per,
        };
    }

    private Target FromFullCoverage(NormalizedText text, Match match)
    {
        var clauseStart = ClauseStart(text.Value, match.Index);
        return new Target(match.Value, 100, null, "%", TargetKind.Percentage, TargetComparator.Equal,
            Scope(text.Value, clauseStart, match.Index, match.Index + match.Length, TargetKind.Percentage),
            Deadline(text.Value, match.Index), text.ToSourceSpan(match.Index, match.Length));
    }

    /// <summary>
    /// The phrase naming what is measured: for counts, and for values followed by 的 (95%以上的二级医院…), the noun phrase
    /// after the value; otherwise the words before the value, up to the verb that states the target.
    /// </summary>
    private string? Scope(string value, int prefixStart, int index, int end, TargetKind kind)
    {
        var after = end;
        while (after < value.Length && "以上下内左右及".Contains(value[after], StringComparison.Ordinal))
        {
            after++;
        }

        var attributive = kind == TargetKind.Percentage && after < value.Length && value[after] == '的';
        if (kind == TargetKind.Count || attributive)
        {
            var stop = after;
            while (stop < value.Length && !"，,、；;。：:（(“".Contains(value[stop], StringComparison.Ordinal) && stop - after < _maxScopeLength)
            {
                stop++;
            }

            var following = value[after..stop].TrimStart('的');
            if (following.Length > 1)
            {
                return following;
            }
        }

        var before = StripScope(value[prefixStart..index]);
        var verb = MeasureVerbs.Select(v => LastStandalone(before, v)).Max();
        if (verb > 0)
        {
            before = StripScope(before[..verb]);
        }

        if (before.Length == 0)
        {
            return null;
        }

        return before.Length > _maxScopeLength ? before[^_maxScopeLength..] : before;
    }

    private static string StripScope(string phrase)
    {
        phrase = Regex.Replace(phrase, @"[(（][^()（）]*[)）]", "");
        phrase = Regex.Replace(phrase, @"^(?:到|至|在|于)?(?:19|20)\d{2}年(?:底|末|前|内|初)?[,，]?", "");
        phrase = Regex.Replace(phrase, @"^(?:到|至)(?:19|20)\d{2}年", "");
        var changed = true;
        while (changed && phrase.Length > 0)
        {
            changed = false;
            foreach (var word in ScopeTrailingWords)
            {
                if (phrase.EndsWith(word, StringComparison.Ordinal) && phrase.Length >= word.Length)
                {
                    phrase = phrase[..^word.Length];
                    changed = true;
                    break;
                }
            }
        }

        phrase = phrase.Trim('，', ',', '、', '；', '的', ' ');
        foreach (var verb in LeadingVerbs)
        {
            if (phrase.StartsWith(verb, StringComparison.Ordinal))
            {
                phrase = phrase[verb.Length..];
                break;
            }
        }

        return phrase;
    }

    private static TargetComparator PrefixComparator(string clausePrefix)
    {
        var best = TargetComparator.Equal;
        var bestAt = -1;
        foreach (var (words, comparator) in new[] { (AtLeastWords, TargetComparator.AtLeast), (AtMostWords, TargetComparator.AtMost) })
        {
            foreach (var word in words)
            {
                var at = LastStandalone(clausePrefix, word);
                if (at > bestAt)
                {
                    bestAt = at;
                    best = comparator;
                }
            }
        }

        if (clausePrefix.EndsWith('约') || clausePrefix.EndsWith("大约", StringComparison.Ordinal))
        {
            return TargetComparator.Approximately;
        }

        return best;
    }

    /// <summary>Last occurrence of a comparator word that is not the tail of its negation (低于 inside 不低于).</summary>
    private static int LastStandalone(string text, string word)
    {
        var at = text.LastIndexOf(word, StringComparison.Ordinal);
        while (at > 0 && !word.StartsWith('不') && text[at - 1] == '不')
        {
            at = at - 1 > 0 ? text.LastIndexOf(word, at - 1, StringComparison.Ordinal) : -1;
        }

        return at;
    }

    /// <summary>The year the target is due: the last year stated earlier in the same sentence.</summary>
    private static int? Deadline(string value, int index)
    {
        var sentenceStart = value.LastIndexOfAny(['。', '；', ';'], Math.Max(0, index - 1)) + 1;
        var sentence = value[sentenceStart..index];
        var year = YearPattern().Matches(sentence).LastOrDefault();
        return year is null ? null : int.Parse(year.Groups["year"].Value, CultureInfo.InvariantCulture);
    }

    private static int ClauseStart(string value, int index)
    {
        var at = index - 1;
        var depth = 0;
        for (; at >= 0; at--)
        {
            var c = value[at];
            if (c is ')' or '）')
            {
                depth++;
            }
            else if (c is '(' or '（')
            {
                if (depth == 0)
                {
                    break;
                }

                depth--;
            }
            else if (depth == 0 && c is '，' or ',' or '；' or ';' or '。' or '：' or ':')
            {
                break;
            }
        }

        return at + 1;
    }

    private static bool IsListSeparator(string value, int from, int to)
    {
        var between = value[from..to];
        return between is "、" or "和" or "或";
    }

    /// <summary>Names and labels that carry digits: 0元号, 1+1+1, 3+2.</summary>
    private static bool IsLabel(string value, int index, int length)
    {
        var end = index + length;
        return (end < value.Length && value[end] is '号' or '+' or '＋') || (index > 0 && value[index - 1] is '+' or '＋');
    }

    private static bool Follows(string value, int at, string word) =>
        at + word.Length <= value.Length && string.CompareOrdinal(value, at, word, 0, word.Length) == 0;

    /// <summary>Text inside 《》 (law and plan names) and document numbers (〔2021〕20号) holds no targets.</summary>
    private static List<(int Start, int End)> ExcludedRanges(string value)
    {
        var ranges = new List<(int, int)>();
        foreach (Match m in Regex.Matches(value, @"《[^》]*》|[〔\[［(（]\d{4}[〕\]］)）]\d+号|\d{4}[-—–]\d{4}"))
        {
            ranges.Add((m.Index, m.Index + m.Length));
        }

        return ranges;
    }

    private static double Parse(string number) => double.Parse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
