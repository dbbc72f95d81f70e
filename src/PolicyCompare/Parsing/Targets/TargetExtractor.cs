using System.Text.RegularExpressions;
using PolicyCompare.Documents;

namespace PolicyCompare.Parsing.Targets;

/// <summary>
/// Finds the targets of a task's normalized text: quantities in every written form (<see cref="QuantityReader"/>) with
/// their scope, comparator and deadline; values paired by 分别 with their own scopes and years; dated commitments
/// without a number (<see cref="TargetKind.Milestone"/>: 2024年底实现…, 6月底前完成…) and full-coverage commitments
/// (全覆盖). Document numbers, dates, titles in 《》, short quoted names (“5张报表”), formulas and labels are not targets.
/// A number that cannot be read is reported, never turned into a value.
/// </summary>
internal sealed partial class TargetExtractor
{
    private readonly int _maxScopeLength;

    /// <summary>Creates the extractor.</summary>
    /// <param name="maxScopeLength">Longest scope phrase kept.</param>
    public TargetExtractor(int maxScopeLength) => _maxScopeLength = maxScopeLength;

    [GeneratedRegex(@"全覆盖(?![”""’'工试示])")]
    private static partial Regex FullCoveragePattern();

    [GeneratedRegex(@"(?:人均|每千常住人口|每千人口|每万常住人口|每万人口|每十万人口|每千人|每万人|每床|每人每年|每人|每户|每年|每个)")]
    private static partial Regex PerPattern();

    [GeneratedRegex(@"(?:较|比)(?:上年度?|上一年度?|去年|(?:19|20)[0-9]{2}年(?:底|末)?)$")]
    private static partial Regex BaselinePattern();

    [GeneratedRegex(@"^(?:[^，,；;。]{1,16}?(?:要|须|应|将|均|必须)[^，,；;。]{0,8}?|(?:力争|争取|确保|要|均|全部|逐步|率先)?(?:基本|全面|初步|进一步)?)(?:实现|完成|建成|建立|形成|构建|出台|制定|印发|推开|推行|覆盖|启动|上线|达到|达标|通过|健全|完善|落实|开展|整合|组建|设立|取消|纳入|消除|确定|进行|部署|推广|上报|报送|发布|验收|投入使用|挂牌)")]
    private static partial Regex CommitmentPattern();

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
        ["基本实现", "全面实现", "逐步实现", "全面完成", "基本完成", "实现", "完成", "进行", "确保", "做到", "推动", "推进", "力争", "争取", "进一步"];

    /// <summary>Verbs that open the list of things a 分别 pairs with its values (分别建设二级、三级医院…).</summary>
    private static readonly string[] ListVerbs = ["新建", "建设", "建成", "创建", "争创", "打造", "培育", "新增", "设立", "设置", "培养", "招收", "引进", "开展"];

    /// <summary>Extracts the targets of one text.</summary>
    /// <param name="text">The task's normalized text.</param>
    /// <returns>Targets in text order.</returns>
    public IReadOnlyList<Target> Extract(NormalizedText text) => Read(text).Targets;

    /// <summary>Reads the targets of one text and the numbers in it that cannot be read.</summary>
    /// <param name="text">The task's normalized text.</param>
    /// <returns>The reading.</returns>
    public TargetReading Read(NormalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var view = NumberView.Create(text.Value);
        var value = view.Text;
        var excluded = ExcludedRanges(value);
        var deadlines = DeadlineReader.Read(value, excluded);
        var sentences = new Sentences(value);
        var unreadable = new List<(int Start, int End, string Written)>();
        var quantities = QuantityReader.Read(value, excluded, unreadable);
        var targets = new List<Target>();
        var previousEnd = -1;
        foreach (var list in Lists(value, quantities))
        {
            targets.AddRange(FromList(text, view, sentences, list, deadlines, previousEnd));
            previousEnd = list[^1].End;
        }

        targets.AddRange(FullCoverage(text, view, sentences, excluded, deadlines, quantities));
        targets.AddRange(Milestones(text, view, sentences, deadlines, quantities));
        var problems = unreadable
            .Select(u =>
            {
                var (start, length) = view.ToNormalized(u.Start, u.End);
                return new UnreadableNumber(text.ToSourceSpan(start, length), $"cannot read the number in '{text.Value.Substring(start, length)}'; no target was recorded for it.");
            })
            .ToList();
        return new TargetReading(targets.OrderBy(t => t.Span.Start).ThenBy(t => t.Span.Length).ToList(), problems);
    }

    /// <summary>Groups quantities written as one list (80%、60%、30%; 22%和30%).</summary>
    private static List<List<Quantity>> Lists(string value, IReadOnlyList<Quantity> quantities)
    {
        var lists = new List<List<Quantity>>();
        foreach (var q in quantities)
        {
            if (lists.Count > 0 && lists[^1][^1] is var last && last.Kind == q.Kind && q.Start - last.End == 1 && value[last.End] is '、' or '和' or '或' or '及' or '与')
            {
                lists[^1].Add(q);
            }
            else
            {
                lists.Add([q]);
            }
        }

        return lists;
    }

    private IEnumerable<Target> FromList(NormalizedText text, NumberView view, Sentences sentences, List<Quantity> list, IReadOnlyList<Deadline> deadlines, int previousEnd)
    {
        var value = view.Text;
        var first = list[0];
        var clauseStart = QuantityReader.ClauseStart(value, first.Start);
        var prefixStart = previousEnd >= clauseStart ? previousEnd : clauseStart;
        var prefix = value[prefixStart..first.Start];
        var baseComparator = PrefixComparator(value[clauseStart..first.Start]);
        if (baseComparator == TargetComparator.Equal && list.Count > 1 && list[^1].Suffix.Length > 0)
        {
            baseComparator = SuffixComparator(list[^1].Suffix); // 150个、300个以上: 以上 bounds both
        }

        var per = PerPattern().Matches(prefix).LastOrDefault()?.Value;
        var respectively = value[clauseStart..first.Start].Contains("分别", StringComparison.Ordinal);
        var sharedScope = Scope(value, prefixStart, first.Start, first.End, first.Kind);
        var scopes = respectively && list.Count > 1 ? Distribute(RawScopeBefore(value, prefixStart, first.Start), list.Count) : null;
        var sentenceDeadlines = DeadlineReader.InSentenceBefore(sentences, deadlines, first.Start, list.Count + 1);
        var deadline = sentenceDeadlines.LastOrDefault();
        var pairedDeadlines = respectively && list.Count > 1 && sentenceDeadlines.Count == list.Count ? sentenceDeadlines : null;
        for (var i = 0; i < list.Count; i++)
        {
            var q = list[i];
            var kind = q.Kind;
            var itemPer = kind is TargetKind.Percentage or TargetKind.PercentagePoints or TargetKind.Rate || q.Unit is "岁" or "级" ? null : per;
            if (kind == TargetKind.Count && itemPer is not null && (itemPer.Contains('人', StringComparison.Ordinal) || itemPer.Contains('床', StringComparison.Ordinal) || itemPer.Contains('户', StringComparison.Ordinal)))
            {
                kind = TargetKind.Ratio;
            }

            var comparator = q.Max is not null ? TargetComparator.Range : q.Suffix.Length > 0 ? SuffixComparator(q.Suffix) : baseComparator;
            if (kind == TargetKind.PercentagePoints && q.Value < 0)
            {
                // 至少下降10个百分点 is a change of at most −10: a bound on the size of a fall bounds the signed change from the other side.
                comparator = comparator switch
                {
                    TargetComparator.AtLeast => TargetComparator.AtMost,
                    TargetComparator.AtMost => TargetComparator.AtLeast,
                    var same => same,
                };
            }

            var scope = scopes?[i] ?? (i == 0 || q.Kind != TargetKind.Count ? sharedScope : Scope(value, q.Start, q.Start, q.End, q.Kind) ?? sharedScope);
            var due = pairedDeadlines?[i] ?? deadline;
            var (start, length) = view.ToNormalized(q.Start, q.End);
            yield return new Target(text.Value.Substring(start, length), q.Value, q.Max, q.Unit, kind, comparator, scope, due?.Year, text.ToSourceSpan(start, length))
            {
                Per = itemPer,
                DeadlineMonth = due?.Month,
            };
        }
    }

    /// <summary>
    /// Pairs the things a 分别 lists with its values: 基层、二级、三级医疗机构基本药物配备比例 and three values give
    /// 基层医疗机构…, 二级医疗机构…, 三级医疗机构…: the earlier items share the last item's tail after its head, unless
    /// every item is whole (孕产妇死亡率、婴儿死亡率 end alike).
    /// </summary>
    private string[]? Distribute(string phrase, int count)
    {
        var at = phrase.IndexOf("分别", StringComparison.Ordinal);
        if (at == 0)
        {
            phrase = phrase[2..];
        }
        else if (at > 0)
        {
            phrase = phrase[..at];
        }

        foreach (var verb in ListVerbs)
        {
            if (phrase.StartsWith(verb, StringComparison.Ordinal))
            {
                phrase = phrase[verb.Length..];
                break;
            }
        }

        var items = phrase.Split('、');
        if (items.Length != count || items.Any(i => i.Length == 0))
        {
            return null;
        }

        var last = items[^1];
        if (items.All(i => i.Length >= 3 && i[^1] == last[^1]))
        {
            return items.Select(Trim).ToArray(); // 孕产妇死亡率、婴儿死亡率: every item is whole
        }

        var head = items[0].Length;
        if (items[..^1].Any(i => i.Length != head) || last.Length <= head)
        {
            return null;
        }

        var tail = last[head..];
        return items.Select((item, i) => Trim(i == items.Length - 1 ? item : item + tail)).ToArray();

        string Trim(string s) => s.Length > _maxScopeLength ? s[^_maxScopeLength..] : s;
    }

    /// <summary>The words before a value up to the clause start, without brackets, deadline and trailing verbs.</summary>
    private static string RawScopeBefore(string value, int prefixStart, int index)
    {
        var phrase = StripScope(value[prefixStart..index]);
        return phrase;
    }

    private IEnumerable<Target> FullCoverage(NormalizedText text, NumberView view, Sentences sentences, IReadOnlyList<(int Start, int End)> excluded, IReadOnlyList<Deadline> deadlines, IReadOnlyList<Quantity> quantities)
    {
        var value = view.Text;
        foreach (Match m in FullCoveragePattern().Matches(value))
        {
            var clauseStart = QuantityReader.ClauseStart(value, m.Index);
            var scope = Scope(value, clauseStart, m.Index, m.Index + m.Length, TargetKind.Milestone);
            // A percentage written for the same thing is the target: in the clause (监测全覆盖（100%）), or anywhere
            // before in the sentence when the clause names nothing of its own (覆盖率达到100%，实现全覆盖).
            var from = string.IsNullOrEmpty(scope) ? sentences.Start(m.Index) : clauseStart;
            if (SortedRanges.Contains(excluded, m.Index) || HasPercentage(quantities, from, ClauseEnd(value, m.Index)))
            {
                continue;
            }

            var due = DeadlineReader.InSentenceBefore(sentences, deadlines, m.Index, 1).LastOrDefault();
            var (start, length) = view.ToNormalized(m.Index, m.Index + m.Length);
            yield return new Target(text.Value.Substring(start, length), double.NaN, null, "", TargetKind.Milestone, TargetComparator.Equal,
                scope, due?.Year, text.ToSourceSpan(start, length))
            {
                DeadlineMonth = due?.Month,
                IsFullCoverage = true,
            };
        }
    }

    /// <summary>
    /// Dated commitments without a number: a deadline followed, in its sentence and before the next deadline, by no
    /// quantity and by a clause that commits to an outcome (实现, 完成, 建成, 建立, 出台…). The outcome is the scope.
    /// </summary>
    private IEnumerable<Target> Milestones(NormalizedText text, NumberView view, Sentences sentences, IReadOnlyList<Deadline> deadlines, IReadOnlyList<Quantity> quantities)
    {
        var value = view.Text;
        for (var i = 0; i < deadlines.Count; i++)
        {
            var d = deadlines[i];
            var regionEnd = sentences.End(d.End);
            if (i + 1 < deadlines.Count && deadlines[i + 1].Start < regionEnd)
            {
                regionEnd = deadlines[i + 1].Start;
            }

            var next = SortedRanges.LowerBound(quantities, q => q.Start, d.Start);
            if (next < quantities.Count && quantities[next].Start < regionEnd)
            {
                continue; // the deadline belongs to the numbers after it
            }

            var outcomeStart = d.End;
            while (outcomeStart < regionEnd && value[outcomeStart] is '，' or ',' or '、' or ' ')
            {
                outcomeStart++;
            }

            var outcomeEnd = ClauseEnd(value, outcomeStart);
            outcomeEnd = Math.Min(outcomeEnd, regionEnd);
            if (outcomeEnd - outcomeStart < 2)
            {
                continue;
            }

            var outcome = value[outcomeStart..outcomeEnd];
            if (!CommitmentPattern().IsMatch(outcome) || (!d.Marked && outcomeStart != d.End)
                || outcome.Contains("全覆盖", StringComparison.Ordinal) || outcome.Contains("之年", StringComparison.Ordinal))
            {
                continue;
            }

            var scope = StripLeadingVerb(Regex.Replace(outcome, @"[(（][^()（）]*[)）]", ""));
            var spanStart = d.Start;
            if (scope.Length < 2 || LeadingVerbs.Contains(scope))
            {
                // 整合方案6月底前完成: the outcome is named before the deadline.
                spanStart = QuantityReader.ClauseStart(value, d.Start);
                scope = value[spanStart..d.Start].TrimEnd('于', '在', '到', '至');
            }

            if (scope.Length < 2)
            {
                continue;
            }

            var (start, length) = view.ToNormalized(spanStart, outcomeEnd);
            yield return new Target(text.Value.Substring(start, length), double.NaN, null, "", TargetKind.Milestone, TargetComparator.Equal,
                scope.Length > _maxScopeLength ? scope[.._maxScopeLength] : scope, d.Year, text.ToSourceSpan(start, length))
            {
                DeadlineMonth = d.Month,
            };
        }
    }

    /// <summary>Whether a percentage is written in <c>[start, end)</c>.</summary>
    private static bool HasPercentage(IReadOnlyList<Quantity> quantities, int start, int end)
    {
        for (var i = SortedRanges.LowerBound(quantities, q => q.Start, start); i < quantities.Count && quantities[i].Start < end; i++)
        {
            if (quantities[i].Kind == TargetKind.Percentage)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the clause starting at <paramref name="from"/> ends, at most <see cref="QuantityReader.MaxClauseLength"/> characters on.</summary>
    private static int ClauseEnd(string value, int from)
    {
        var depth = 0;
        var limit = Math.Min(value.Length, from + QuantityReader.MaxClauseLength);
        for (var i = from; i < limit; i++)
        {
            var c = value[i];
            if (c is '(' or '（')
            {
                depth++;
            }
            else if (c is ')' or '）')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && c is '，' or ',' or '；' or ';' or '。' or '：' or ':' or '！')
            {
                return i;
            }
        }

        return limit;
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
        var lead = DeadlineReader.Read(phrase, []).FirstOrDefault();
        while (lead is { Start: 0 })
        {
            phrase = phrase[lead.End..].TrimStart('，', ',', ' ');
            lead = DeadlineReader.Read(phrase, []).FirstOrDefault();
        }

        var changed = true;
        while (changed && phrase.Length > 0)
        {
            changed = false;
            var baseline = BaselinePattern().Match(phrase);
            if (baseline.Success)
            {
                phrase = phrase[..baseline.Index];
                changed = true;
                continue;
            }

            // 按照每个100万元: what the value is per is its Per, not its scope.
            var per = PerPattern().Matches(phrase).LastOrDefault();
            if (per is not null && per.Index + per.Length == phrase.Length && per.Index > 0)
            {
                phrase = phrase[..per.Index];
                changed = true;
                continue;
            }

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
        return LeadingVerbs.Contains(phrase) ? "" : StripLeadingVerb(phrase);
    }

    /// <summary>Drops a leading commitment verb (实现, 完成, 力争…) when a name of at least two characters remains.</summary>
    private static string StripLeadingVerb(string phrase)
    {
        foreach (var verb in LeadingVerbs)
        {
            if (phrase.StartsWith(verb, StringComparison.Ordinal) && phrase.Length - verb.Length >= 2)
            {
                return phrase[verb.Length..];
            }
        }

        return phrase;
    }

    private static TargetComparator SuffixComparator(string suffix) => suffix switch
    {
        "以上" or "及以上" => TargetComparator.AtLeast,
        "以下" or "以内" => TargetComparator.AtMost,
        "左右" => TargetComparator.Approximately,
        _ => TargetComparator.Equal,
    };

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

    /// <summary>
    /// Text that holds no targets: titles in 《》, document numbers (〔2021〕20号), year ranges (2021-2025) and short
    /// quoted names of programmes and slogans (“5张报表”, “1+X”); a quoted plan period (“十四五”) is a deadline, not a name.
    /// </summary>
    private static List<(int Start, int End)> ExcludedRanges(string value)
    {
        var ranges = new List<(int, int)>();
        foreach (Match m in Regex.Matches(value, @"《[^》]*》|[〔\[［(（][0-9]{4}[〕\]］)）][0-9]+号|[0-9]{4}[-—–][0-9]{4}|“(?!十[一二三四五六七八九]五”)[^“”]{1,12}”|""(?!十[一二三四五六七八九]五"")[^""]{1,12}""|「[^「」]{1,12}」"))
        {
            ranges.Add((m.Index, m.Index + m.Length));
        }

        return ranges;
    }
}
