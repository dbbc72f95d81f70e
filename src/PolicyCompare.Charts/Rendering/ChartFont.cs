using System.Globalization;
using SkiaSharp;

namespace PolicyCompare.Charts.Rendering;

/// <summary>
/// The CJK font every chart draws with: WenQuanYi Micro Hei (Apache-2.0 or GPLv3 with the font exception),
/// embedded in this assembly and registered with ScottPlot under <see cref="FamilyName"/>, so Chinese labels
/// render identically on any machine, with or without fonts installed.
/// </summary>
public static class ChartFont
{
    /// <summary>The family name charts ask ScottPlot for; unique so no system font can answer it instead.</summary>
    public const string FamilyName = "PolicyCompare WenQuanYi Micro Hei";

    private const string ResourceName = "PolicyCompare.Charts.Fonts.wqy-microhei.ttc";

    // Face 0 of the collection is the proportional "Micro Hei"; face 1 is "Micro Hei Mono".
    private const int FaceIndex = 0;

    /// <summary>Index of the face charts use within the font collection file.</summary>
    internal const int FaceIndexInCollection = FaceIndex;

    private static readonly Lazy<SKData> FontData = new(LoadFontData, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<SKTypeface> SharedTypeface = new(CreateTypeface, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lock RegistrationLock = new();
    private static bool registered;

    /// <summary>The embedded typeface (shared; do not dispose).</summary>
    public static SKTypeface Typeface => SharedTypeface.Value;

    /// <summary>
    /// The characters of <paramref name="text"/> the embedded font has no glyph for (whitespace and control
    /// characters excluded), each once, in order of first appearance.
    /// </summary>
    /// <param name="text">Text a chart draws.</param>
    /// <returns>Missing characters as strings (one Unicode scalar each); empty when every character can be drawn.</returns>
    public static IReadOnlyList<string> MissingCharacters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var missing = new List<string>();
        var seen = new HashSet<int>();
        for (int i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            int codePoint = char.ConvertToUtf32(text, i);
            if (!seen.Add(codePoint))
            {
                continue;
            }

            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
            if (category is UnicodeCategory.Control or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Format)
            {
                continue;
            }

            if (Typeface.GetGlyph(codePoint) == 0)
            {
                missing.Add(char.ConvertFromUtf32(codePoint));
            }
        }

        return missing;
    }

    /// <summary>The font collection file's bytes (a copy).</summary>
    internal static byte[] FontBytes() => FontData.Value.ToArray();

    /// <summary>Creates a new typeface over the shared font bytes (ScottPlot caches and owns the ones it asks for).</summary>
    internal static SKTypeface CreateTypeface() =>
        SKTypeface.FromData(FontData.Value, FaceIndex)
        ?? throw new InvalidOperationException($"The embedded font resource {ResourceName} could not be decoded.");

    /// <summary>
    /// Puts the embedded font first among ScottPlot's font resolvers, once per process. Only the name
    /// <see cref="FamilyName"/> resolves to it, so other ScottPlot users in the process are unaffected.
    /// </summary>
    internal static void EnsureRegistered()
    {
        lock (RegistrationLock)
        {
            if (registered)
            {
                return;
            }

            ScottPlot.Fonts.FontResolvers.Insert(0, new EmbeddedFontResolver(FamilyName));
            registered = true;
        }
    }

    private static SKData LoadFontData()
    {
        using Stream stream = typeof(ChartFont).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded font resource {ResourceName} is missing from the charts assembly.");
        return SKData.Create(stream);
    }
}
