using PolicyCompare.Documents;

namespace PolicyCompare.Parsing.Layout;

/// <summary>
/// Turns classified pieces into the document's span partition: a span starts where a piece of a new kind (or a new
/// heading or task) starts and runs to the next span, so blanks, line breaks and bullet marks between pieces belong to
/// the span before them. The spans are ordered, non-overlapping and cover the whole text.
/// </summary>
internal static class SpanPartitioner
{
    /// <summary>Builds the partition.</summary>
    /// <param name="textLength">Length of the source text.</param>
    /// <param name="pieces">Pieces in order.</param>
    /// <param name="kinds">Kind of each piece.</param>
    /// <param name="owners">Owner of each piece (heading or task id; -1 for none), so adjacent tasks stay apart.</param>
    /// <returns>The spans.</returns>
    public static IReadOnlyList<DocumentSpan> Partition(int textLength, IReadOnlyList<ContentPiece> pieces, IReadOnlyList<SpanKind> kinds, IReadOnlyList<int> owners)
    {
        var starts = new List<(int Start, SpanKind Kind)>();
        for (var i = 0; i < pieces.Count; i++)
        {
            if (i == 0 || kinds[i] != kinds[i - 1] || owners[i] != owners[i - 1])
            {
                starts.Add((i == 0 ? 0 : pieces[i].Start, kinds[i]));
            }
        }

        if (starts.Count == 0)
        {
            return textLength == 0 ? [] : [new DocumentSpan(SpanKind.Preamble, new SourceSpan(0, textLength))];
        }

        var spans = new List<DocumentSpan>(starts.Count);
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1].Start : textLength;
            spans.Add(new DocumentSpan(starts[i].Kind, SourceSpan.FromBounds(starts[i].Start, end)));
        }

        return spans;
    }
}
