using ScottPlot;
using SkiaSharp;

namespace PolicyCompare.Charts.Rendering;

/// <summary>
/// Answers ScottPlot's font look-ups for one family name with the embedded CJK face. Bold and italic
/// requests get the regular face: the font ships a single weight, and a stand-in system font would lack CJK glyphs.
/// </summary>
internal sealed class EmbeddedFontResolver(string familyName) : IFontResolver
{
    /// <inheritdoc />
    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
        string.Equals(fontName, familyName, StringComparison.Ordinal) ? ChartFont.CreateTypeface() : null;

    /// <inheritdoc />
    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        CreateTypeface(fontName, FontWeight.Normal, FontSlant.Upright, FontSpacing.Normal);
}
