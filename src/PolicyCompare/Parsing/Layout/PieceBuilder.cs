using PolicyCompare.Parsing.Numbering;
using PolicyCompare.Parsing.Responsibilities;

namespace PolicyCompare.Parsing.Layout;

/// <summary>
/// Cuts the source into content pieces: one per non-blank line, split again where a unit starts mid-line right after
/// the previous task's department bracket (<c>…负责)(二)扎实开展…</c>), and marks the pieces that are page furniture.
/// </summary>
internal static class PieceBuilder
{
    /// <summary>Cuts the text into pieces and flags boilerplate.</summary>
    /// <param name="text">The (folded) text.</param>
    /// <param name="lines">Its lines.</param>
    /// <param name="inlineSingleStyle">Whether a one-style sequence of numbers inside a line may split it (see <see cref="InlineNumbering"/>).</param>
    /// <returns>The pieces in order, with a parallel boilerplate flag.</returns>
    public static (IReadOnlyList<ContentPiece> Pieces, IReadOnlyList<bool> IsBoilerplate) Build(string text, IReadOnlyList<SourceLine> lines, bool inlineSingleStyle = false)
    {
        var pieces = new List<ContentPiece>();
        var contentLength = lines.Sum(l => (long)Math.Max(0, l.ContentEnd - l.ContentStart));
        foreach (var line in lines.Where(l => !l.IsBlank))
        {
            var start = line.ContentStart;

            // A line holding most of the document is a plan joined into one line: its one-style numbering counts too.
            var holdsMost = (line.ContentEnd - line.ContentStart) * 2L > contentLength;
            var inline = InlineNumbering.SplitPoints(text, line.ContentStart, line.ContentEnd, inlineSingleStyle || holdsMost);
            var next = 0;
            var startsLine = true;
            for (var i = line.ContentStart + 1; i < line.ContentEnd; i++)
            {
                if (next < inline.Count && inline[next] == i)
                {
                    // A unit (or page debris) that starts inside the line is read as if it started one.
                    next++;
                    pieces.Add(new ContentPiece(start, TrimEnd(text, start, i), line.Index, startsLine));
                    start = SkipBlanks(text, i, line.ContentEnd);
                    startsLine = true;
                    continue;
                }

                if (ResponsibilityBracket.IsCloser(text[i - 1])
                    && NumberMarkerReader.TryRead(text, i, out _)
                    && ResponsibilityBracket.TryFindOpener(text, i - 1, start, out var open)
                    && ResponsibilityParser.IsStatement(TextNormalizer.NormalizeString(text[(open + 1)..(i - 1)])))
                {
                    pieces.Add(new ContentPiece(start, i, line.Index, startsLine));
                    start = i;
                    startsLine = false;
                }
            }

            pieces.Add(new ContentPiece(start, line.ContentEnd, line.Index, startsLine));
        }

        var boilerplate = new bool[pieces.Count];
        var previousIsProse = false;
        var previousEndsSentence = true;
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            var content = text[piece.Start..piece.End];
            var continuesSentence = previousIsProse && !previousEndsSentence;
            boilerplate[i] = piece.StartsLine
                && (BoilerplateClassifier.IsStrongBoilerplate(content)
                    || (!continuesSentence && !NumberMarkerReader.TryRead(text, piece.Start, out _) && BoilerplateClassifier.IsLayoutBoilerplate(content)));
            previousIsProse = !boilerplate[i];
            previousEndsSentence = EndsSentence(content);
        }

        return (pieces, boilerplate);
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start + 1 && LineSplitter.IsBlank(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static int SkipBlanks(string text, int start, int end)
    {
        while (start < end - 1 && LineSplitter.IsBlank(text[start]))
        {
            start++;
        }

        return start;
    }

    /// <summary>Whether a piece ends a sentence or a bracket, so the next line starts afresh.</summary>
    /// <param name="content">The piece's text.</param>
    /// <returns><see langword="true"/> after 。！？；：, closing brackets and quotes.</returns>
    public static bool EndsSentence(string content)
    {
        var trimmed = content.TrimEnd();
        return trimmed.Length == 0 || "。！？；：:;!?)）]】”\"".Contains(trimmed[^1], StringComparison.Ordinal);
    }
}
