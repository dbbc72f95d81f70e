namespace PolicyCompare.Parsing.Responsibilities;

/// <summary>Finds the bracket that closes a text: <c>(…)</c>, <c>（…）</c>, <c>[…]</c> or <c>【…】</c>, nesting respected.</summary>
internal static class ResponsibilityBracket
{
    /// <summary>Whether a character opens a bracket.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for ( （ [ 【 〔.</returns>
    public static bool IsOpener(char c) => c is '(' or '（' or '[' or '【' or '〔';

    /// <summary>Whether a character closes a bracket.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for ) ） ] 】 〕.</returns>
    public static bool IsCloser(char c) => c is ')' or '）' or ']' or '】' or '〕';

    /// <summary>Finds the opener matching the closer at <paramref name="close"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="close">Index of a closing bracket.</param>
    /// <param name="floor">Lowest index the opener may have.</param>
    /// <param name="open">Index of the matching opener.</param>
    /// <returns>Whether a balanced opener was found.</returns>
    public static bool TryFindOpener(string text, int close, int floor, out int open)
    {
        open = -1;
        if (close < 0 || close >= text.Length || !IsCloser(text[close]))
        {
            return false;
        }

        var depth = 0;
        for (var i = close; i >= floor; i--)
        {
            if (IsCloser(text[i]))
            {
                depth++;
            }
            else if (IsOpener(text[i]))
            {
                depth--;
                if (depth == 0)
                {
                    open = i;
                    return true;
                }
            }
            else if (text[i] is '。' && depth == 1 && close - i > 400)
            {
                return false; // far too long for a department list
            }
        }

        return false;
    }
}
