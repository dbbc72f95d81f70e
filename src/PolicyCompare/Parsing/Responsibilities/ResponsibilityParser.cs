using PolicyCompare.Documents;

namespace PolicyCompare.Parsing.Responsibilities;

/// <summary>
/// Reads the department statement of a task — the inside of its trailing bracket, e.g.
/// <c>自治区卫生计生委、财政厅负责,自治区编办、发展改革委参与</c> or <c>X牵头,Y按职责分工负责</c> — into ranked
/// responsibilities with roles, canonical agencies and level prefixes.
/// </summary>
internal sealed class ResponsibilityParser
{
    private readonly AgencyTable _agencies;
    private readonly bool _firstListedIsLead;
    private readonly bool _planStatesRule;

    /// <summary>Creates the parser.</summary>
    /// <param name="agencies">The canonical agency table.</param>
    /// <param name="firstListedIsLead">Whether the first department leads by convention when none is marked 牵头.</param>
    /// <param name="planStatesRule">Whether the plan states that the first listed department leads (列第一位的为牵头单位).</param>
    public ResponsibilityParser(AgencyTable agencies, bool firstListedIsLead, bool planStatesRule = false)
    {
        _agencies = agencies;
        _firstListedIsLead = firstListedIsLead;
        _planStatesRule = planStatesRule;
    }

    /// <summary>The parser for one plan: the plan's own lead rule, when it states one, applies whatever the convention option says.</summary>
    /// <param name="planStatesRule">Whether the plan states that the first listed department leads.</param>
    /// <returns>A parser for that plan.</returns>
    public ResponsibilityParser ForPlan(bool planStatesRule) =>
        planStatesRule == _planStatesRule ? this : new ResponsibilityParser(_agencies, _firstListedIsLead, planStatesRule);

    /// <summary>Whether the inside of a bracket is a department statement (its first clause ends with a role word).</summary>
    /// <param name="content">The bracket's inside, blanks removed.</param>
    /// <returns><see langword="true"/> for statements such as 省卫生健康委等按职责分工负责.</returns>
    public static bool IsStatement(string content)
    {
        var clauses = SplitTopLevel(content, 0, content.Length, "。；;");
        if (clauses.Count == 0)
        {
            return false;
        }

        var (start, end) = TrimPunctuation(content, clauses[0].Start, clauses[0].End);
        if (end - start <= 400 && ResponsibilityRoles.TryMatchLabel(content.AsSpan(start, end - start), out var labelLength, out _))
        {
            return end - start - labelLength >= 2;
        }

        if (end - start > 400 || !ResponsibilityRoles.TryMatchSuffix(content.AsSpan(start, end - start), out var length, out _))
        {
            return false;
        }

        var chunks = SplitTopLevel(content, start, end, ",，");
        return chunks.Count > 0 && end - start - length > 1 && chunks[0].End - chunks[0].Start > 1;
    }

    /// <summary>Parses the statement found at <c>[start, end)</c> of <paramref name="text"/> (the bracket's inside).</summary>
    /// <param name="text">Normalized text holding the statement, with its source offsets.</param>
    /// <param name="start">Start of the bracket's inside in <paramref name="text"/>.</param>
    /// <param name="end">End of the bracket's inside.</param>
    /// <returns>Responsibilities in the order written, ranked from 1.</returns>
    public IReadOnlyList<Responsibility> Parse(NormalizedText text, int start, int end)
    {
        var value = text.Value;
        var names = new List<(int Start, int End, ResponsibilityRole Role, bool Explicit)>();
        foreach (var clause in SplitTopLevel(value, start, end, "。；;"))
        {
            var (clauseStart, clauseEnd) = TrimPunctuation(value, clause.Start, clause.End);
            if (clauseEnd > clauseStart && ResponsibilityRoles.TryMatchLabel(value.AsSpan(clauseStart, clauseEnd - clauseStart), out var labelLength, out var labelRole))
            {
                // 牵头单位：X、Y — the label gives the role of every name after it.
                foreach (var chunk in SplitTopLevel(value, clauseStart + labelLength, clauseEnd, ",，"))
                {
                    names.AddRange(SplitNames(value, chunk.Start, chunk.End).Select(n => (n.Start, n.End, labelRole, labelRole != ResponsibilityRole.Co)));
                }

                continue;
            }

            if (clauseEnd <= clauseStart || !ResponsibilityRoles.TryMatchSuffix(value.AsSpan(clauseStart, clauseEnd - clauseStart), out _, out _))
            {
                continue; // a note such as 排在第一位的部门为牵头部门,下同
            }

            var pending = new List<(int Start, int End)>();
            foreach (var chunk in SplitTopLevel(value, clauseStart, clauseEnd, ",，"))
            {
                var (chunkStart, chunkEnd) = TrimPunctuation(value, chunk.Start, chunk.End);
                if (chunkEnd <= chunkStart)
                {
                    continue;
                }

                var hasRole = ResponsibilityRoles.TryMatchSuffix(value.AsSpan(chunkStart, chunkEnd - chunkStart), out var phraseLength, out var role);
                pending.AddRange(SplitNames(value, chunkStart, hasRole ? chunkEnd - phraseLength : chunkEnd));
                if (hasRole)
                {
                    var isExplicit = role != ResponsibilityRole.Co;
                    names.AddRange(pending.Select(p => (p.Start, p.End, role, isExplicit)));
                    pending.Clear();
                }
            }

            names.AddRange(pending.Select(p => (p.Start, p.End, ResponsibilityRole.Co, false)));
        }

        var hasExplicitLead = names.Any(n => n.Role == ResponsibilityRole.Lead);
        var firstListedBasis = _planStatesRule ? LeadBasis.PlanRule : _firstListedIsLead ? LeadBasis.Convention : (LeadBasis?)null;
        var firstSpecified = names.FindIndex(n => !UnspecifiedAgency.IsGeneric(value[n.Start..n.End]));
        var result = new List<Responsibility>(names.Count);
        string? previousPrefix = null;
        for (var i = 0; i < names.Count; i++)
        {
            var (nameStart, nameEnd, role, _) = names[i];
            var name = value[nameStart..nameEnd];
            LeadBasis? basis = role == ResponsibilityRole.Lead ? LeadBasis.Explicit : null;
            if (i == firstSpecified && !hasExplicitLead && firstListedBasis is not null)
            {
                role = ResponsibilityRole.Lead;
                basis = firstListedBasis;
            }

            if (UnspecifiedAgency.IsGeneric(name))
            {
                result.Add(new Responsibility(name, null, null, null, role, i + 1, text.ToSourceSpan(nameStart, nameEnd - nameStart))
                {
                    LeadBasis = basis,
                    IsUnspecified = true,
                });
                continue;
            }

            var match = _agencies.Match(name);
            var prefix = LevelPrefix(name, match);
            if (prefix is null && match is { Agency.InheritsLevel: true })
            {
                prefix = previousPrefix;
            }
            else if (prefix is not null)
            {
                previousPrefix = prefix;
            }

            result.Add(new Responsibility(
                name,
                match?.Agency.Key,
                match?.Agency.Name,
                prefix,
                role,
                i + 1,
                text.ToSourceSpan(nameStart, nameEnd - nameStart))
            {
                LeadBasis = basis,
            });
        }

        return result;
    }

    private static readonly string[] LevelWords = ["自治区", "省", "市", "县", "区", "州", "盟", "旗", "国家", "中央"];

    /// <summary>The administrative level written before the agency (省, 市, 自治区, 各盟…), without 中共 and party-committee 委.</summary>
    private static string? LevelPrefix(string name, AgencyMatch? match)
    {
        string prefix;
        if (match is not null)
        {
            prefix = name[..match.Index].TrimEnd('(', '（');
        }
        else
        {
            var word = LevelWords.FirstOrDefault(w => name.StartsWith(w, StringComparison.Ordinal) && name.Length > w.Length + 1);
            if (word is null)
            {
                return null;
            }

            prefix = word;
        }

        if (prefix.StartsWith("中共", StringComparison.Ordinal))
        {
            prefix = prefix[2..];
        }

        foreach (var suffix in (string[])["党委", "政府", "委"])
        {
            if (prefix.EndsWith(suffix, StringComparison.Ordinal) && prefix.Length > suffix.Length)
            {
                prefix = prefix[..^suffix.Length];
                break;
            }

            if (prefix == suffix)
            {
                prefix = "";
            }
        }

        return prefix.Length == 0 ? null : SanitizeLevel(prefix);
    }

    private static readonly string[] NotPlaces = ["深化", "相关", "有关", "其他", "其它", "各相关", "各有关"];

    /// <summary>
    /// Keeps a prefix that names a level or a place (省, 各盟, 各旗县级, 长春, 内蒙古); a longer qualifier such as
    /// 省医改领导小组相关 is reduced to the level word it starts with.
    /// </summary>
    private static string? SanitizeLevel(string prefix)
    {
        if ("省市区县州盟旗级".Contains(prefix[^1], StringComparison.Ordinal) || prefix.EndsWith("自治区", StringComparison.Ordinal))
        {
            return prefix;
        }

        var word = LevelWords.FirstOrDefault(w => prefix.StartsWith(w, StringComparison.Ordinal));
        if (word is not null)
        {
            return word;
        }

        return prefix.Length <= 3 && !NotPlaces.Contains(prefix) ? prefix : null;
    }

    /// <summary>Splits a department list on 、 and 等 (nesting respected); a trailing 等 is dropped, so is a leading 由.</summary>
    private static IEnumerable<(int Start, int End)> SplitNames(string text, int start, int end)
    {
        foreach (var part in SplitTopLevel(text, start, end, "、等/"))
        {
            var (s, e) = TrimPunctuation(text, part.Start, part.End);
            if (e > s && text[s] == '由')
            {
                s++;
            }

            if (e - s >= 2)
            {
                yield return (s, e);
            }
        }
    }

    private static (int Start, int End) TrimPunctuation(string text, int start, int end)
    {
        const string punctuation = "。，,；;、：: \u3000";
        while (start < end && punctuation.Contains(text[start], StringComparison.Ordinal))
        {
            start++;
        }

        while (end > start && punctuation.Contains(text[end - 1], StringComparison.Ordinal))
        {
            end--;
        }

        return (start, end);
    }

    /// <summary>Splits <c>[start, end)</c> at separator characters outside brackets.</summary>
    private static List<(int Start, int End)> SplitTopLevel(string text, int start, int end, string separators)
    {
        var parts = new List<(int, int)>();
        var depth = 0;
        var partStart = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (ResponsibilityBracket.IsOpener(c))
            {
                depth++;
            }
            else if (ResponsibilityBracket.IsCloser(c) && depth > 0)
            {
                depth--;
            }
            else if (depth == 0 && separators.Contains(c, StringComparison.Ordinal) && !IsWordInternal(text, i, start, end))
            {
                parts.Add((partStart, i));
                partStart = i + 1;
            }
        }

        parts.Add((partStart, end));
        return parts;
    }

    /// <summary>等 inside words such as 高等, 平等, 同等 does not separate names.</summary>
    private static bool IsWordInternal(string text, int i, int start, int end) =>
        text[i] == '等' && i > start && i + 1 < end && text[i - 1] is '高' or '平' or '同' or '对' or '相' or '上' or '中' or '初';
}
