namespace PolicyCompare.Text;

/// <summary>
/// Folds traditional Chinese characters to their simplified forms, one character for one, so that a plan written in
/// traditional characters (省衛生健康委牽頭, 不低於70%) is read exactly like its simplified form while every character
/// keeps its position. The table is OpenCC's <c>TSCharacters</c> dictionary (Apache-2.0, see <c>Text/OpenCC/NOTICE.md</c>),
/// restricted to one-to-one BMP entries.
/// </summary>
public static class ChineseCharacterFolding
{
    private static readonly Lazy<Dictionary<char, char>> Table = new(Load);

    /// <summary>The number of traditional characters the table folds.</summary>
    public static int Count => Table.Value.Count;

    /// <summary>The simplified form of a character, or the character itself when it has none.</summary>
    /// <param name="c">A character.</param>
    /// <returns>Its simplified form.</returns>
    public static char Fold(char c) => c < '\u3400' ? c : Table.Value.GetValueOrDefault(c, c);

    /// <summary>Folds every character of a string (same length, same positions).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The folded text.</returns>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Fold(source[i]);
            }
        });
    }

    private static Dictionary<char, char> Load()
    {
        const string resource = "PolicyCompare.Text.OpenCC.TSCharacters.txt";
        using var stream = typeof(ChineseCharacterFolding).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} is missing.");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<char, char>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 2)
            {
                table[line[0]] = line[1];
            }
        }

        return table;
    }
}
