using System.Text;

namespace PolicyCompare.Parsing.Targets;

/// <summary>
/// The task text as the target reader sees it: full-width digits, decimal points and per-cent signs folded to their
/// ASCII forms (６０％ → 60%), and a blank that splits a number into thousands groups (2 000, NBSP, U+202F, U+3000 — the
/// normalizer has already turned each into one space) removed; every character keeps the index of the normalized
/// character it came from, so spans still point at the source characters.
/// </summary>
internal sealed class NumberView
{
    private readonly int[] _map;

    private NumberView(string text, int[] map)
    {
        Text = text;
        _map = map;
    }

    /// <summary>The folded text.</summary>
    public string Text { get; }

    /// <summary>Builds the view of a normalized text.</summary>
    /// <param name="normalized">The task's normalized text.</param>
    /// <returns>The view.</returns>
    public static NumberView Create(string normalized)
    {
        var text = new StringBuilder(normalized.Length);
        var map = new List<int>(normalized.Length);
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = Fold(normalized[i]);
            if (c == '.' && normalized[i] != '.' && !(text.Length > 0 && char.IsAsciiDigit(text[^1]) && i + 1 < normalized.Length && char.IsAsciiDigit(Fold(normalized[i + 1]))))
            {
                c = normalized[i]; // a full-width full stop that is not a decimal point stays as written
            }

            if (c == ' ' && text.Length > 0 && char.IsAsciiDigit(text[^1]) && IsThousandsGroup(normalized, i + 1))
            {
                continue;
            }

            text.Append(c);
            map.Add(i);
        }

        return new NumberView(text.ToString(), map.ToArray());
    }

    /// <summary>The normalized index of view character <paramref name="index"/>.</summary>
    /// <param name="index">Index into <see cref="Text"/>.</param>
    /// <returns>Index into the normalized text.</returns>
    public int ToNormalized(int index) => _map[index];

    /// <summary>The normalized range covering view range <c>[start, end)</c>.</summary>
    /// <param name="start">Start in the view.</param>
    /// <param name="end">End in the view (greater than <paramref name="start"/>).</param>
    /// <returns>Start and length in the normalized text.</returns>
    public (int Start, int Length) ToNormalized(int start, int end) => (_map[start], _map[end - 1] + 1 - _map[start]);

    private static char Fold(char c) => c switch
    {
        >= '０' and <= '９' => (char)('0' + (c - '０')),
        '．' => '.',
        '％' => '%',
        _ => c,
    };

    /// <summary>Exactly three digits, then no digit: the blank before them separates thousands.</summary>
    private static bool IsThousandsGroup(string text, int at)
    {
        for (var k = 0; k < 3; k++)
        {
            if (at + k >= text.Length || !char.IsAsciiDigit(Fold(text[at + k])))
            {
                return false;
            }
        }

        return at + 3 >= text.Length || !char.IsAsciiDigit(Fold(text[at + 3]));
    }
}
