namespace PolicyCompare.Charts;

/// <summary>Shape checks shared by the chart inputs.</summary>
internal static class ChartInputChecks
{
    public static void NotEmpty<T>(IReadOnlyList<T> items, string name, string chartTitle)
    {
        if (items.Count == 0)
        {
            throw new ArgumentException($"Chart '{chartTitle}': {name} is empty; there is nothing to draw.", name);
        }
    }

    public static void Finite(double value, string name, string chartTitle)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"Chart '{chartTitle}': {name} is {value}; a finite number is required.", name);
        }
    }
}
