using System.Globalization;
using System.Text.RegularExpressions;
using PolicyCompare.Documents;

namespace PolicyCompare.Parsing.Targets;

/// <summary>
/// Finds the numbers with units that can state a target, in every written form: Arabic digits (30%以上, 2000万元,
/// 5—10个, 20%-30%, 5‰, 12/10万, 提高5个百分点), Chinese fractions (百分之六十五, 十分之一, 千分之六, 万分之三,
/// 十万分之十二) and shares in 成 (三成, 七成五). What it rejects is listed in <see cref="IsNotATarget"/>.
/// </summary>
internal static partial class QuantityReader
{
    private const string Number = @"[0-9]+(?:,[0-9]{3}(?![0-9]))*(?:\.[0-9]+)*";

    [GeneratedRegex(@"(?<![0-9.,+×*/第])(?<num>" + Number + @")(?<unit1>%)?(?:(?<sep>[—–\-~～至到])(?<max>" + Number + @"))?(?<unit>个百分点|百分点|%|‰|‱|/10万|/十万|/万|万亿元|亿元|万元|千元|元|万人次|万人|万名|人次|个工作日|个月|家|个|名|人|所|张|床|项|次|种|支|台|套|批|户|座|条|天|小时|岁|级)(?<suffix>及以上|以上|以下|以内|左右)?")]
    private static partial Regex ArabicPattern();

    [GeneratedRegex(@"(?<den>十万|百|千|万|十)分之(?<num>[零〇一二两三四五六七八九十百千点0-9.]+)(?<suffix>及以上|以上|以下|以内|左右)?")]
    private static partial Regex FractionPattern();

    [GeneratedRegex(@"(?<![0-9零〇一二两三四五六七八九十百千万])(?<num>[一二两三四五六七八九])成(?![员为立果效就绩本都熟型长份分品交年功不绩])(?<half>[一二三四五六七八九](?![成]))?(?<suffix>及以上|以上|以下|以内|左右)?")]
    private static partial Regex TenthsPattern();

    private static readonly string[] UpWords = ["提高", "提升", "增加", "增长", "上升", "扩大"];
    private static readonly string[] DownWords = ["下降", "降低", "减少", "压缩", "缩小", "下调"];
    private static readonly string[] MeasureVerbs = ["达到", "提高到", "提升到", "增加到", "延长到", "超过", "不低于", "达", "为", "至"];

    /// <summary>Reads the quantities of a text.</summary>
    /// <param name="text">The reader's view of the text.</param>
    /// <param name="excluded">Ranges holding no targets.</param>
    /// <param name="unreadable">Receives numbers that cannot be read (start, end, what was written).</param>
    /// <returns>Quantities in text order.</returns>
    public static List<Quantity> Read(string text, IReadOnlyList<(int Start, int End)> excluded, List<(int Start, int End, string Written)> unreadable)
    {
        var found = new List<Quantity>();
        foreach (Match m in ArabicPattern().Matches(text))
        {
            if (!Excluded(excluded, m.Index) && FromArabic(text, m, unreadable) is { } q && !IsNotATarget(text, q))
            {
                found.Add(q);
            }
        }

        foreach (Match m in FractionPattern().Matches(text))
        {
            if (Excluded(excluded, m.Index))
            {
                continue;
            }

            if (!ChineseNumber.TryParse(m.Groups["num"].Value, out var numerator))
            {
                unreadable.Add((m.Index, m.Index + m.Length, m.Value));
                continue;
            }

            var (value, unit, kind) = m.Groups["den"].Value switch
            {
                "十" => (numerator * 10, "%", TargetKind.Percentage),
                "百" => (numerator, "%", TargetKind.Percentage),
                "千" => (numerator, "‰", TargetKind.Rate),
                "万" => (numerator, "/万", TargetKind.Rate),
                _ => (numerator, "/10万", TargetKind.Rate),
            };
            found.Add(new Quantity(m.Index, m.Index + m.Length, value, null, unit, kind, m.Groups["suffix"].Value));
        }

        var taken = found.Select(q => (q.Start, q.End)).OrderBy(r => r.Start).ToList();
        foreach (Match m in TenthsPattern().Matches(text))
        {
            if (Excluded(excluded, m.Index) || SortedRanges.Overlaps(taken, m.Index, m.Index + m.Length))
            {
                continue;
            }

            var value = (ChineseDigit(m.Groups["num"].Value[0]) * 10) + (m.Groups["half"].Success ? ChineseDigit(m.Groups["half"].Value[0]) : 0);
            found.Add(new Quantity(m.Index, m.Index + m.Length, value, null, "%", TargetKind.Percentage, m.Groups["suffix"].Value));
        }

        // A number read two ways (十万分之2000‰) is kept once, in the reading that starts first.
        var kept = new List<Quantity>(found.Count);
        foreach (var q in found.OrderBy(q => q.Start).ThenByDescending(q => q.End))
        {
            if (kept.Count == 0 || q.Start >= kept[^1].End)
            {
                kept.Add(q);
            }
        }

        return kept;
    }

    private static Quantity? FromArabic(string text, Match m, List<(int Start, int End, string Written)> unreadable)
    {
        var unit = m.Groups["unit"].Value switch
        {
            "‱" => "/万",
            "/十万" => "/10万",
            "百分点" => "个百分点",
            var u => u,
        };
        var kind = unit switch
        {
            "%" => TargetKind.Percentage,
            "个百分点" => TargetKind.PercentagePoints,
            "‰" or "/万" or "/10万" => TargetKind.Rate,
            _ when unit.EndsWith('元') => TargetKind.Money,
            _ => TargetKind.Count,
        };
        if (m.Groups["unit1"].Success && kind != TargetKind.Percentage)
        {
            return null;
        }

        var (multiplier, prefix) = unit.StartsWith("万亿", StringComparison.Ordinal) ? (1e12, 2)
            : unit.StartsWith('亿') ? (1e8, 1)
            : unit.StartsWith('万') && unit.Length > 1 ? (1e4, 1)
            : unit.StartsWith('千') ? (1e3, 1)
            : (1d, 0);

        // The value is in base units (2000万元 = 20,000,000), so its unit is the base unit (元), never 万元: a reader of
        // "20000000 万元" would be off by ten thousand. The written form stays in Text.
        unit = unit[prefix..];
        if (!TryParse(m.Groups["num"].Value, out var value) || (m.Groups["max"].Success && !TryParse(m.Groups["max"].Value, out _)))
        {
            unreadable.Add((m.Index, m.Index + m.Length, m.Value));
            return null;
        }

        double? max = m.Groups["max"].Success && TryParse(m.Groups["max"].Value, out var upper) ? upper * multiplier : null;
        value *= multiplier;
        if (kind == TargetKind.PercentagePoints)
        {
            var clause = text[ClauseStart(text, m.Index)..m.Index];
            var up = UpWords.Max(w => clause.LastIndexOf(w, StringComparison.Ordinal));
            var down = DownWords.Max(w => clause.LastIndexOf(w, StringComparison.Ordinal));
            if (down > up)
            {
                // 降低5—10个百分点 is the interval −10 … −5: the bounds swap when negated.
                (value, max) = max is { } upperBound ? (-upperBound, -value) : (-value, (double?)null);
            }
        }

        if (max < value)
        {
            // "5—1%" names no interval a reader could agree on (a typo of 5—10%? of 0.5—1%?): kept as unreadable, not guessed.
            unreadable.Add((m.Index, m.Index + m.Length, m.Value));
            return null;
        }

        return new Quantity(m.Index, m.Index + m.Length, value, max, unit, kind, m.Groups["suffix"].Value);
    }

    /// <summary>
    /// Numbers that state no target: labels and formulas (0元号, 1+1+1, 1+X), counts that describe what follows
    /// (13个部门, 6万人以下的旗县), campaign durations (为期100天的, 用3个月时间, 30天专项行动) and ages and age bands
    /// (0-3岁, 65岁以上老年人) and grades naming a class (3级医院); an age or a grade is a target only as a level stated
    /// after a verb (人均预期寿命达到78.3岁, 电子病历应用水平达到4级以上).
    /// </summary>
    private static bool IsNotATarget(string text, Quantity q)
    {
        var end = q.End;
        if ((end < text.Length && text[end] is '号' or '+' or '＋') || (q.Start > 0 && text[q.Start - 1] is '+' or '＋'))
        {
            return true;
        }

        if (q.Kind == TargetKind.Count && ((end < text.Length && text[end] == '的') || Follows(text, end, "部门")))
        {
            return true;
        }

        var before = text[Math.Max(0, q.Start - 3)..q.Start];
        if (q.Unit is "天" or "小时" or "个月" or "个工作日"
            && (before.EndsWith("为期", StringComparison.Ordinal) || before.EndsWith('用') || before.EndsWith("历时", StringComparison.Ordinal) || before.EndsWith("持续", StringComparison.Ordinal)
                || new[] { "专项", "攻坚", "集中", "行动", "活动", "整治", "时间" }.Any(w => Follows(text, end, w))))
        {
            return true;
        }

        if (q.Unit is "岁" or "级")
        {
            var prefix = text[ClauseStart(text, q.Start)..q.Start];
            var stated = q.Max is null && MeasureVerbs.Any(v => prefix.EndsWith(v, StringComparison.Ordinal));
            var nounFollows = end < text.Length && char.GetUnicodeCategory(text[end]) == UnicodeCategory.OtherLetter;
            return !stated || nounFollows;
        }

        return false;
    }

    /// <summary>The longest clause read, in characters: text scraped without punctuation stays linear to read.</summary>
    public const int MaxClauseLength = 200;

    /// <summary>
    /// Where the clause holding <paramref name="index"/> starts: after the last ，；。： outside brackets, at most
    /// <see cref="MaxClauseLength"/> characters back.
    /// </summary>
    /// <param name="value">The text.</param>
    /// <param name="index">An index in it.</param>
    /// <returns>The clause start.</returns>
    public static int ClauseStart(string value, int index)
    {
        var at = index - 1;
        var depth = 0;
        var floor = Math.Max(0, index - MaxClauseLength);
        for (; at >= floor; at--)
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

    private static bool TryParse(string number, out double value) =>
        double.TryParse(number.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    private static bool Excluded(IReadOnlyList<(int Start, int End)> excluded, int index) => SortedRanges.Contains(excluded, index);

    private static bool Follows(string value, int at, string word) =>
        at + word.Length <= value.Length && string.CompareOrdinal(value, at, word, 0, word.Length) == 0;

    private static int ChineseDigit(char c) => "零一二三四五六七八九".IndexOf(c == '两' ? '二' : c, StringComparison.Ordinal);
}
