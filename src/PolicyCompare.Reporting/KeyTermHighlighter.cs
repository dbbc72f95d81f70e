namespace PolicyCompare.Reporting;

/// <summary>A run of text that either is or is not an occurrence of a key term.</summary>
/// <param name="Text">The run.</param>
/// <param name="IsKeyTerm">True when the run is a key-term occurrence.</param>
public readonly record struct TextRun(string Text, bool IsKeyTerm);

/// <summary>
/// Splits text into runs at the occurrences of key terms (ordinal match; at each position the longest term wins;
/// occurrences do not overlap), so renderers can escape every run and wrap only the key terms.
/// </summary>
public static class KeyTermHighlighter
{
    /// <summary>The runs of <paramref name="text"/>; concatenated they give back <paramref name="text"/> exactly.</summary>
    /// <param name="text">Text to split.</param>
    /// <param name="keyTerms">Terms to find; empty or blank terms are ignored.</param>
    /// <returns>Runs in order.</returns>
    public static IReadOnlyList<TextRun> Split(string text, IReadOnlyList<string> keyTerms)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[] terms = keyTerms.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.Ordinal)
            .OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).ToArray();
        var runs = new List<TextRun>();
        int plainStart = 0;
        int i = 0;
        while (i < text.Length)
        {
            string? match = terms.FirstOrDefault(t => i + t.Length <= text.Length && string.CompareOrdinal(text, i, t, 0, t.Length) == 0);
            if (match is null)
            {
                i++;
                continue;
            }

            if (i > plainStart)
            {
                runs.Add(new TextRun(text[plainStart..i], false));
            }

            runs.Add(new TextRun(match, true));
            i += match.Length;
            plainStart = i;
        }

        if (plainStart < text.Length)
        {
            runs.Add(new TextRun(text[plainStart..], false));
        }

        return runs;
    }
}
