using System.Globalization;

namespace PolicyCompare.Cli.Terminal;

/// <summary>A count with its noun in the right number: "1 plan", "5 plans", "0 tasks".</summary>
internal static class Counted
{
    /// <summary><paramref name="count"/> and <paramref name="noun"/>, with <paramref name="plural"/> (default: noun + "s") unless the count is 1.</summary>
    public static string Of(int count, string noun, string? plural = null) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : plural ?? noun + "s");
}
