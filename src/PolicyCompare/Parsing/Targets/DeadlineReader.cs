using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyCompare.Parsing.Targets;

/// <summary>
/// Finds deadlines: years (到2025年, 2024年底, 于2021年底前), years with months (2023年6月底前), months alone (6月底前)
/// and five-year plan periods (“十四五”期间 → 2025, 到十三五末 → 2020: the period's last year). Dates with a day
/// (2021年11月10日), starting points (2017年起, 2016年以来) and year ranges are not deadlines.
/// </summary>
internal static partial class DeadlineReader
{
    [GeneratedRegex(@"(?<pre>截止到|截至|截止|力争到|力争在|到|至|于|在)?(?:(?<![0-9从自])(?<year>(?:19|20)[0-9]{2})年(?:(?<month>[0-9]{1,2})月(?![0-9]{1,2}[日号])份?)?|(?<![0-9])(?<mo>[0-9]{1,2})月(?=底前|底|末|前|中旬前|上旬前|下旬前)|[“""]?十(?<plan>[一二三四五六七八九])五[”""]?)(?<post>年底前|年末前|底前|末前|底|末|前|以内|内|初(?!步)|上半年|下半年|期间|期末|时期)?")]
    private static partial Regex DeadlinePattern();

    /// <summary>Reads every deadline in <paramref name="text"/> outside <paramref name="excluded"/>.</summary>
    /// <param name="text">The reader's view of the text.</param>
    /// <param name="excluded">Ranges that hold no deadlines (document numbers, titles).</param>
    /// <returns>Deadlines in text order.</returns>
    public static List<Deadline> Read(string text, IReadOnlyList<(int Start, int End)> excluded)
    {
        var result = new List<Deadline>();
        foreach (Match m in DeadlinePattern().Matches(text))
        {
            if (SortedRanges.Overlaps(excluded, m.Index, m.Index + m.Length))
            {
                continue;
            }

            var end = m.Index + m.Length;
            var pre = m.Groups["pre"].Value;
            var post = m.Groups["post"].Value;
            if (m.Groups["year"].Success)
            {
                if (!m.Groups["month"].Success && post.Length == 0 && StartsWithAny(text, end, "以来", "起", "来", "度", "是", "的"))
                {
                    continue;
                }

                int? month = m.Groups["month"].Success ? int.Parse(m.Groups["month"].Value, CultureInfo.InvariantCulture) : null;
                if (month is < 1 or > 12)
                {
                    continue;
                }

                result.Add(new Deadline(m.Index, end, int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), month, pre.Length > 0 || post.Length > 0 || month is not null));
            }
            else if (m.Groups["mo"].Success)
            {
                var month = int.Parse(m.Groups["mo"].Value, CultureInfo.InvariantCulture);
                if (month is >= 1 and <= 12 && post.Length > 0)
                {
                    result.Add(new Deadline(m.Index, end, null, month, true));
                }
            }
            else if (pre.Length > 0 || post is "期间" or "末" or "期末" or "时期" or "末前")
            {
                // The Nth five-year plan ends in 1955 + 5N (十三五 → 2020, 十四五 → 2025).
                var n = 10 + "一二三四五六七八九".IndexOf(m.Groups["plan"].Value[0], StringComparison.Ordinal) + 1;
                result.Add(new Deadline(m.Index, end, 1955 + (5 * n), null, true));
            }
        }

        return result;
    }

    /// <summary>The last (at most <paramref name="max"/>) deadlines stated before <paramref name="index"/> in its sentence, in text order.</summary>
    /// <param name="sentences">The sentences of the text.</param>
    /// <param name="deadlines">All deadlines of the text, in text order.</param>
    /// <param name="index">Where the target starts.</param>
    /// <param name="max">How many to return at most.</param>
    /// <returns>The deadlines; the last one governs the target.</returns>
    public static List<Deadline> InSentenceBefore(Sentences sentences, IReadOnlyList<Deadline> deadlines, int index, int max)
    {
        var sentenceStart = sentences.Start(index);
        var result = new List<Deadline>();
        for (var i = SortedRanges.LowerBound(deadlines, d => d.End, index + 1) - 1; i >= 0 && deadlines[i].Start >= sentenceStart && result.Count < max; i--)
        {
            result.Add(deadlines[i]);
        }

        result.Reverse();
        return result;
    }

    private static bool StartsWithAny(string text, int at, params string[] words) =>
        words.Any(w => string.CompareOrdinal(text, at, w, 0, w.Length) == 0);
}
