using PolicyCompare.Parsing.Numbering;

namespace PolicyCompare.Parsing.Layout;

/// <summary>
/// Finds where units start inside one line, for plans scraped from web pages with every paragraph joined into one
/// line (<c>…实施意见。一、总体要求（一）指导思想。坚持…二、主要任务（一）健全…〔责任单位：…〕（二）完善…</c>). A number inside a
/// line counts when it stands where a unit can start — after a finished sentence or a closing bracket, or right after
/// a numbered title with no punctuation of its own (<c>二、主要任务（一）</c>) — and continues a consistent sequence:
/// the next value of a style already open, or 1 of a new, deeper style; a higher style closes the deeper ones, so
/// （一）（二） restart under each 一、. Without a hierarchy (two styles) a sequence counts only when the caller allows
/// it (the document has no line-initial structure), so inline enumerations such as <c>做好(1)…和(2)…</c> stay text.
/// Page debris run into the line (相关附件, 二维码, 扫一扫) also starts a piece, so it can be classified as boilerplate.
/// </summary>
internal static class InlineNumbering
{
    private const string UnitOpeners = "。；;！!？?)）〕】」”：:";
    private const string ClausePunctuation = "，,、；;：:。！!？?";
    private static readonly string[] Debris = ["相关附件", "附件下载", "二维码", "扫一扫", "【打印】", "【关闭】", "打印本页", "关闭窗口"];

    /// <summary>The offsets inside <c>(start, end)</c> where a new piece starts.</summary>
    /// <param name="text">The folded text.</param>
    /// <param name="start">Start of the line's content.</param>
    /// <param name="end">End of the line's content.</param>
    /// <param name="allowSingleStyle">Whether a sequence of one numbering style alone may split the line.</param>
    /// <returns>Split offsets in increasing order.</returns>
    public static IReadOnlyList<int> SplitPoints(string text, int start, int end, bool allowSingleStyle)
    {
        var stack = new List<(NumberingScheme Scheme, int Value)>();
        var accepted = new List<int>();
        var schemes = new HashSet<NumberingScheme>();
        var titleOpen = false; // since the last accepted number, no punctuation yet: the number began a title
        if (NumberMarkerReader.TryRead(text, start, out var first))
        {
            stack.Add((first.Scheme, first.Value));
            titleOpen = true;
        }

        var splits = new List<int>();
        for (var i = start + 1; i < end; i++)
        {
            var c = text[i];
            if (ClausePunctuation.Contains(c, StringComparison.Ordinal))
            {
                titleOpen = false;
            }

            var after = UnitOpeners.Contains(text[i - 1], StringComparison.Ordinal);
            if (after && Debris.Any(d => string.CompareOrdinal(text, i, d, 0, d.Length) == 0))
            {
                splits.Add(i);
                continue;
            }

            // Not the tail of a larger token: 第（一）项, the 1) inside (1), the 2. of 12.
            var inToken = text[i - 1] is '第' or '(' or '（' or '[' or '【' or '〔' || char.IsAsciiLetterOrDigit(text[i - 1]);
            if (!(after || titleOpen) || inToken || !NumberMarkerReader.TryRead(text, i, out var marker))
            {
                continue;
            }

            var level = stack.FindIndex(s => s.Scheme == marker.Scheme);
            var continues = level >= 0 ? marker.Value == stack[level].Value + 1 : marker.Value == 1;
            if (!continues)
            {
                continue;
            }

            if (level >= 0)
            {
                stack.RemoveRange(level, stack.Count - level);
            }

            stack.Add((marker.Scheme, marker.Value));
            schemes.Add(marker.Scheme);
            accepted.Add(i);
            titleOpen = true;
            i = marker.End - 1;
        }

        if (accepted.Count < 2 || (schemes.Count < 2 && !allowSingleStyle))
        {
            return splits;
        }

        return splits.Concat(accepted).Order().ToList();
    }
}
