using System.Text.RegularExpressions;
using PolicyCompare.Documents;
using PolicyCompare.Parsing.Numbering;

namespace PolicyCompare.Parsing.Layout;

/// <summary>
/// Finds the inline series 一是…二是…三是… in a task's text. A series starts with 一是 at the start of a clause and
/// continues with the next numeral; each point runs to the next point, the last one to the end of its sentence.
/// </summary>
internal static partial class SubItemReader
{
    [GeneratedRegex(@"(?<=^|[。；;，,：:！？!?])(?<n>[一二三四五六七八九十]{1,3})是")]
    private static partial Regex PointMarker();

    /// <summary>Reads the series of a task's normalized text.</summary>
    /// <param name="text">The task's normalized text.</param>
    /// <returns>The points in order, empty when the text has no series starting at 一是.</returns>
    public static IReadOnlyList<SubItem> Read(NormalizedText text)
    {
        var value = text.Value;
        var series = new List<Match>();
        var expected = 1;
        foreach (Match m in PointMarker().Matches(value))
        {
            if (!ChineseNumerals.TryParse(m.Groups["n"].ValueSpan, out var n))
            {
                continue;
            }

            if (n == expected)
            {
                series.Add(m);
                expected++;
            }
            else if (n == 1)
            {
                break; // a second series would need its own owner; the first one is the task's
            }
        }

        if (series.Count < 2)
        {
            return [];
        }

        var items = new List<SubItem>(series.Count);
        for (var k = 0; k < series.Count; k++)
        {
            var start = series[k].Index;
            int end;
            if (k + 1 < series.Count)
            {
                end = series[k + 1].Index;
            }
            else
            {
                var stop = value.IndexOfAny(['。', '！', '？', '!', '?'], series[k].Index + series[k].Length);
                end = stop < 0 ? value.Length : stop + 1;
            }

            var body = value[(start + series[k].Length)..end].TrimEnd('，', ',', '；', ';', '。');
            items.Add(new SubItem(series[k].Value, body, text.ToSourceSpan(start, end - start)));
        }

        return items;
    }
}
