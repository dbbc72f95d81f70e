namespace PolicyCompare.Parsing.Layout;

/// <summary>
/// A run of visible content: a whole line, or part of a line when a unit starts mid-line (right after the previous
/// task's department parenthesis).
/// </summary>
/// <param name="Start">Offset of the first visible character.</param>
/// <param name="End">Offset one past the last visible character.</param>
/// <param name="LineIndex">The line the piece is on.</param>
/// <param name="StartsLine">Whether the piece begins its line's content.</param>
internal sealed record ContentPiece(int Start, int End, int LineIndex, bool StartsLine)
{
    /// <summary>Number of characters covered.</summary>
    public int Length => End - Start;
}
