namespace PolicyCompare.Parsing.Layout;

/// <summary>One line of the source text, with the range of its visible content.</summary>
/// <param name="Index">0-based line number.</param>
/// <param name="Start">Offset of the first character of the line.</param>
/// <param name="End">Offset one past the last character before the line break.</param>
/// <param name="ContentStart">Offset of the first character after indentation and bullet marks.</param>
/// <param name="ContentEnd">Offset one past the last non-blank character.</param>
internal sealed record SourceLine(int Index, int Start, int End, int ContentStart, int ContentEnd)
{
    /// <summary>Whether the line holds nothing but blanks and bullet marks.</summary>
    public bool IsBlank => ContentEnd <= ContentStart;
}
