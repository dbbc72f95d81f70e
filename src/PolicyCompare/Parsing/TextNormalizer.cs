using System.Text;
using PolicyCompare.Documents;
using PolicyCompare.Parsing.Layout;
using PolicyCompare.Text;

namespace PolicyCompare.Parsing;

/// <summary>
/// Repairs extracted text for reading while keeping, for every character, its source offset: line breaks inside
/// sentences are joined and blanks next to Chinese characters (PDF "非过评药 品", "2021 年") are removed. Blanks between
/// two Latin letters or digits collapse to one space that maps to a source blank. Invisible characters (soft hyphen,
/// zero-width space, word joiner, zero-width joiners, BOM) are dropped, and traditional characters are folded to their
/// simplified forms one for one (<see cref="ChineseCharacterFolding"/>), so a plan in traditional characters reads like
/// its simplified form. No other character is changed.
/// </summary>
internal static class TextNormalizer
{
    /// <summary>Normalizes the concatenation of source ranges; gaps between ranges count as blanks.</summary>
    /// <param name="source">The document's source text.</param>
    /// <param name="ranges">Half-open <c>[start, end)</c> ranges in document order.</param>
    /// <returns>The normalized text with its offset map (may be empty).</returns>
    public static NormalizedText Normalize(string source, IEnumerable<(int Start, int End)> ranges)
    {
        var value = new StringBuilder();
        var offsets = new List<int>();
        var pendingBlank = -1; // source offset of a blank waiting to become a space, or -1
        var sawBlank = false;
        var previousEnd = -1;
        foreach (var (start, end) in ranges)
        {
            if (previousEnd >= 0 && start > previousEnd)
            {
                NoteGap(source, previousEnd, start, ref pendingBlank, ref sawBlank);
            }

            for (var i = start; i < end; i++)
            {
                var c = source[i];
                if (IsInvisible(c))
                {
                    continue;
                }

                if (LineSplitter.IsBlank(c))
                {
                    if (!sawBlank || (pendingBlank >= 0 && source[pendingBlank] != ' ' && c == ' '))
                    {
                        pendingBlank = i;
                    }

                    sawBlank = true;
                    continue;
                }

                if (sawBlank && value.Length > 0 && pendingBlank >= 0 && IsLatin(value[^1]) && IsLatin(c))
                {
                    value.Append(' ');
                    offsets.Add(pendingBlank);
                }

                sawBlank = false;
                pendingBlank = -1;
                value.Append(ChineseCharacterFolding.Fold(c));
                offsets.Add(i);
            }

            previousEnd = end;
        }

        return new NormalizedText(value.ToString(), offsets);
    }

    /// <summary>Normalizes one source range.</summary>
    /// <param name="source">The document's source text.</param>
    /// <param name="start">Inclusive start.</param>
    /// <param name="end">Exclusive end.</param>
    /// <returns>The normalized text.</returns>
    public static NormalizedText Normalize(string source, int start, int end) => Normalize(source, [(start, end)]);

    /// <summary>Normalizes a plain string (offsets are indexes into it).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The normalized string.</returns>
    public static string NormalizeString(string text) => Normalize(text, 0, text.Length).Value;

    private static void NoteGap(string source, int from, int to, ref int pendingBlank, ref bool sawBlank)
    {
        var blank = -1;
        for (var i = from; i < to; i++)
        {
            if (source[i] == ' ')
            {
                blank = i;
                break;
            }

            if (blank < 0 && LineSplitter.IsBlank(source[i]))
            {
                blank = i;
            }
        }

        sawBlank = true;
        if (pendingBlank < 0)
        {
            pendingBlank = blank;
        }
    }

    /// <summary>Characters that take no room and carry no text: soft hyphen, zero-width space and joiners, word joiner, BOM.</summary>
    private static bool IsInvisible(char c) => c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    /// <summary>Latin letters and digits keep a separating space between them (COVID 19); nothing else does.</summary>
    private static bool IsLatin(char c) => char.IsAsciiLetterOrDigit(c);
}
