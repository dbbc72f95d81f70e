using ScottPlot;

namespace PolicyCompare.Charts.Rendering;

/// <summary>A colormap over a value range: colours heatmap cells and feeds ScottPlot's colour bar.</summary>
internal sealed class ColorScale(IColormap colormap, double min, double max) : IHasColorAxis
{
    /// <inheritdoc />
    public IColormap Colormap { get; } = colormap;

    /// <inheritdoc />
    public ScottPlot.Range GetRange() => new(min, max);

    /// <summary>Colour of <paramref name="value"/>, clamped to the range.</summary>
    public Color ColorOf(double value)
    {
        double fraction = max > min ? (value - min) / (max - min) : 0;
        return Colormap.GetColor(Math.Clamp(fraction, 0, 1));
    }

    /// <summary>Black or white, whichever reads better on <paramref name="background"/>.</summary>
    public static Color TextColorOn(Color background)
    {
        double luminance = (0.299 * background.R + 0.587 * background.G + 0.114 * background.B) / 255.0;
        return luminance > 0.55 ? Colors.Black : Colors.White;
    }
}
