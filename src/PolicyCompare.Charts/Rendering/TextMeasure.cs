using SkiaSharp;

namespace PolicyCompare.Charts.Rendering;

/// <summary>Measures text in the embedded chart font, the way ScottPlot will draw it.</summary>
internal static class TextMeasure
{
    /// <summary>Width of a single line of <paramref name="text"/> at <paramref name="fontSize"/>.</summary>
    public static float Width(string text, float fontSize)
    {
        using var font = new SKFont(ChartFont.Typeface, fontSize);
        return font.MeasureText(text);
    }

    /// <summary>Widest of <paramref name="texts"/> (0 when empty).</summary>
    public static float MaxWidth(IEnumerable<string> texts, float fontSize)
    {
        using var font = new SKFont(ChartFont.Typeface, fontSize);
        float max = 0;
        foreach (string text in texts)
        {
            max = Math.Max(max, font.MeasureText(text));
        }

        return max;
    }

    /// <summary>Line height (ascent + descent + leading) at <paramref name="fontSize"/>.</summary>
    public static float LineHeight(float fontSize)
    {
        using var font = new SKFont(ChartFont.Typeface, fontSize);
        return font.Spacing;
    }
}
