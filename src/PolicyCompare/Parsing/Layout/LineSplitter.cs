namespace PolicyCompare.Parsing.Layout;

/// <summary>Splits source text into lines (LF, CRLF or CR) and finds each line's visible content.</summary>
internal static class LineSplitter
{
    /// <summary>Bullet marks that PDF and web captures put before headings (<c>- 一、</c>, <c>• (一)</c>).</summary>
    private static readonly string[] Bullets = ["- ", "• ", "· ", "● ", "■ ", "▪ ", "◆ ", "* "];

    /// <summary>Splits <paramref name="text"/> into lines.</summary>
    /// <param name="text">The source text.</param>
    /// <returns>The lines in order; together with their breaks they cover the text.</returns>
    public static IReadOnlyList<SourceLine> Split(string text)
    {
        var lines = new List<SourceLine>();
        var start = 0;
        var i = 0;
        while (i <= text.Length)
        {
            if (i == text.Length || text[i] is '\n' or '\r')
            {
                lines.Add(Measure(text, lines.Count, start, i));
                if (i == text.Length)
                {
                    break;
                }

                i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                start = i;
                continue;
            }

            i++;
        }

        return lines;
    }

    /// <summary>Whether a character is a blank (ASCII or Unicode space, full-width space, BOM, zero-width space).</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for blanks.</returns>
    public static bool IsBlank(char c) => char.IsWhiteSpace(c) || c is '\uFEFF' or '\u200B' or '\u200C' or '\u200D' or '\u00A0' or '\u3000';

    private static SourceLine Measure(string text, int index, int start, int end)
    {
        var contentStart = start;
        while (true)
        {
            while (contentStart < end && IsBlank(text[contentStart]))
            {
                contentStart++;
            }

            var bullet = Bullets.FirstOrDefault(b => string.CompareOrdinal(text, contentStart, b, 0, b.Length) == 0 && contentStart + b.Length <= end);
            if (bullet is null)
            {
                break;
            }

            contentStart += bullet.Length;
        }

        var contentEnd = end;
        while (contentEnd > contentStart && IsBlank(text[contentEnd - 1]))
        {
            contentEnd--;
        }

        return new SourceLine(index, start, end, contentStart, contentEnd);
    }
}
