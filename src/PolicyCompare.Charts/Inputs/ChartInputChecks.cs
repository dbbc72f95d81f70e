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

    /// <summary>Rejects more categories on one axis than <see cref="Rendering.ChartTheme.MaxCategories"/>, before any drawing.</summary>
    public static void RequireAtMostCategories(int count, string name, string chartTitle)
    {
        if (count > Rendering.ChartTheme.MaxCategories)
        {
            throw new ArgumentException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Chart '{chartTitle}': {count} {name} are more than the {Rendering.ChartTheme.MaxCategories} a chart draws legibly; sum them up or show the top ones."), name);
        }
    }
}
