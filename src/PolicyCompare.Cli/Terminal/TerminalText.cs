namespace PolicyCompare.Cli.Terminal;

/// <summary>Column layout of text on a terminal, where East Asian wide characters take two columns.</summary>
internal static class TerminalText
{
    /// <summary>Terminal columns a string takes.</summary>
    public static int DisplayWidth(string text) =>
        text.Sum(c => c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6' ? 2 : 1);

    /// <summary>Pads to <paramref name="width"/> columns, or adds one space when the text is already that wide.</summary>
    public static string PadRight(string text, int width)
    {
        var columns = DisplayWidth(text);
        return columns >= width ? text + " " : text + new string(' ', width - columns);
    }
}
