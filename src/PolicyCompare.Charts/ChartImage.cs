using PolicyCompare.Charts.Rendering;
using ScottPlot;
using ScottPlot.Panels;
using SkiaSharp;

namespace PolicyCompare.Charts;

/// <summary>
/// A finished chart: a fixed CSS size chosen by its builder from what it shows, exportable as PNG (rendered at
/// <see cref="PixelScale"/> × the CSS size) or SVG (at the CSS size). Rendering is deterministic: the same chart
/// gives the same PNG bytes and the same SVG text on every call.
/// </summary>
public sealed partial class ChartImage
{
    private readonly Plot plot;

    /// <exception cref="ArgumentException">
    /// The size is not positive, or exceeds <see cref="ChartTheme.MaxSide"/> a side or <see cref="ChartTheme.MaxArea"/>
    /// in area (a builder was given more than it can draw legibly).
    /// </exception>
    internal ChartImage(Plot plot, string title, int width, int height)
    {
        if (width < 1 || height < 1 || width > ChartTheme.MaxSide || height > ChartTheme.MaxSide || (long)width * height > ChartTheme.MaxArea)
        {
            throw new ArgumentException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"The chart '{title}' would be {width} × {height} CSS px; charts are at most {ChartTheme.MaxSide} px a side and {ChartTheme.MaxArea} px² in area."));
        }

        this.plot = plot;
        Title = title;
        Width = width;
        Height = height;
    }

    /// <summary>The chart's title (also drawn at its top).</summary>
    public string Title { get; }

    /// <summary>Width in CSS pixels (the size to show it at in HTML).</summary>
    public int Width { get; }

    /// <summary>Height in CSS pixels.</summary>
    public int Height { get; }

    /// <summary>PNG pixels per CSS pixel.</summary>
    public double PixelScale => ChartTheme.PixelScale;

    /// <summary>Width of the PNG in pixels.</summary>
    public int PixelWidth => (int)Math.Round(Width * PixelScale);

    /// <summary>Height of the PNG in pixels.</summary>
    public int PixelHeight => (int)Math.Round(Height * PixelScale);

    /// <summary>
    /// The ScottPlot <see cref="ScottPlot.Plot"/> behind the image, to restyle it as any ScottPlot plot (colours, fonts,
    /// axis limits, added plottables); every later <see cref="ToPngBytes"/>, <see cref="ToSvg"/> or save draws the
    /// changed plot. Change it from one thread at a time, or through <see cref="Customize"/>, which holds the plot's lock.
    /// </summary>
    public Plot Plot => plot;

    /// <summary>
    /// Applies <paramref name="change"/> to the ScottPlot plot behind the image under the plot's render lock, so a chart
    /// can be restyled while another thread renders it: <c>chart.Customize(p =&gt; p.Axes.Title.Label.FontSize = 20)</c>.
    /// </summary>
    /// <param name="change">The change to make, e.g. <c>p =&gt; p.FigureBackground.Color = Colors.Black</c>.</param>
    /// <returns>This chart, so calls chain: <c>chart.Customize(…).SavePng(path)</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is null.</exception>
    public ChartImage Customize(Action<Plot> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (plot.Sync)
        {
            change(plot);
        }

        return this;
    }

    /// <summary>Renders the chart as PNG.</summary>
    /// <remarks>
    /// Drawn as ScottPlot's <c>GetImage</c> draws (an RGBA raster surface), then encoded with the PNG "up" filter at zlib
    /// level 3: the same pixels as ScottPlot's default encoding (every filter tried per row, zlib 6), written four to five
    /// times faster, at sizes from 10% smaller (heatmaps) to 25% larger (bar charts); encoding was most of a report's
    /// drawing time.
    /// </remarks>
    /// <returns>The PNG file's bytes.</returns>
    /// <exception cref="InvalidOperationException">Skia cannot make a bitmap of this size.</exception>
    public byte[] ToPngBytes()
    {
        lock (plot.Sync)
        {
            plot.ScaleFactor = PixelScale;
            var info = new SKImageInfo(PixelWidth, PixelHeight, SKColorType.Rgba8888, SKAlphaType.Premul);
            using SKSurface surface = SKSurface.Create(info)
                ?? throw new InvalidOperationException($"Chart '{Title}': Skia cannot make a {PixelWidth} × {PixelHeight} bitmap.");
            plot.Render(surface.Canvas, PixelWidth, PixelHeight);
            using SKImage snapshot = surface.Snapshot();
            using SKPixmap pixels = snapshot.PeekPixels();
            using SKData png = pixels.Encode(PngEncoding)
                ?? throw new InvalidOperationException($"Chart '{Title}': Skia could not encode its {PixelWidth} × {PixelHeight} bitmap as PNG.");
            return png.ToArray();
        }
    }

    private static readonly SKPngEncoderOptions PngEncoding = new(SKPngEncoderFilterFlags.Up, zLibLevel: 3);

    /// <summary>
    /// Renders the chart as an SVG document that carries its own font: a subset of the bundled CJK font with the
    /// characters the chart draws, as an <c>@font-face</c> under the family name the text elements ask for, so the
    /// SVG reads the same on a machine without a Chinese font (as report.html does).
    /// </summary>
    /// <returns>The SVG XML text.</returns>
    public string ToSvg()
    {
        string svg;
        lock (plot.Sync)
        {
            plot.ScaleFactor = 1;
            svg = NumberClipPaths(plot.GetSvgXml(Width, Height));
        }

        return EmbedFont(svg);
    }

    private static string EmbedFont(string svg)
    {
        int tagEnd = svg.IndexOf('>', svg.IndexOf("<svg", StringComparison.Ordinal)) + 1;
        if (tagEnd <= 0)
        {
            return svg;
        }

        // Every character of the document is a superset of the drawn text; printable ASCII covers numbers and markup.
        string characters = new(svg.Where(c => c > 0x7F).Distinct().Order().ToArray());
        byte[] font = Rendering.FontSubsetter.SubsetEmbeddedFont(characters + PrintableAscii);
        string family = ChartFont.Typeface.FamilyName;
        string style = "<style>/* Subset of WenQuanYi Micro Hei (Apache-2.0 or GPLv3 with font embedding exception). */"
            + "@font-face{font-family:\"" + family + "\";src:url(data:font/ttf;base64," + Convert.ToBase64String(font) + ") format(\"truetype\")}</style>";
        return svg[..tagEnd] + style + svg[tagEnd..];
    }

    private static readonly string PrintableAscii = new(Enumerable.Range(0x20, 0x5F).Select(c => (char)c).ToArray());

    /// <summary>
    /// Skia's SVG canvas names clip paths from a process-wide counter; renumbering them in order of appearance
    /// makes the same chart give the same SVG text every time.
    /// </summary>
    private static string NumberClipPaths(string svg)
    {
        var numbers = new Dictionary<string, string>(StringComparer.Ordinal);
        return ClipPathId().Replace(svg, match =>
        {
            if (!numbers.TryGetValue(match.Value, out string? renamed))
            {
                renamed = "clip" + numbers.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                numbers.Add(match.Value, renamed);
            }

            return renamed;
        });
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bcl_[0-9a-f]+\b")]
    private static partial System.Text.RegularExpressions.Regex ClipPathId();

    /// <summary>Writes the PNG to <paramref name="path"/>.</summary>
    /// <param name="path">Target file; its folder must exist.</param>
    public void SavePng(string path) => File.WriteAllBytes(path, ToPngBytes());

    /// <summary>Writes the SVG to <paramref name="path"/> (UTF-8).</summary>
    /// <param name="path">Target file; its folder must exist.</param>
    public void SaveSvg(string path) => File.WriteAllText(path, ToSvg());

    /// <summary>
    /// Every text the chart draws with the font it is drawn in, read from the plot after a layout pass (so
    /// generated numeric ticks are included).
    /// </summary>
    internal IReadOnlyList<DrawnLabel> DrawnLabels()
    {
        lock (plot.Sync)
        {
            plot.ScaleFactor = 1;
            plot.RenderInMemory(Width, Height);
            var labels = new List<DrawnLabel>();
            Add(labels, plot.Axes.Title.Label.Text, plot.Axes.Title.Label.FontName, "title");
            foreach (IAxis axis in plot.Axes.GetAxes())
            {
                AddAxis(labels, axis, axis.Edge.ToString());
            }

            foreach (ColorBar colorBar in plot.Axes.GetPanels().OfType<ColorBar>())
            {
                AddAxis(labels, colorBar.Axis, "colorbar");
            }

            foreach (LegendItem item in plot.Legend.GetItems())
            {
                Add(labels, item.LabelText, item.LabelStyle.FontName, "legend");
            }

            foreach (ScottPlot.Plottables.Text text in plot.GetPlottables<ScottPlot.Plottables.Text>())
            {
                Add(labels, text.LabelText, text.LabelStyle.FontName, "annotation");
            }

            return labels;
        }
    }

    private static void AddAxis(List<DrawnLabel> labels, IAxis axis, string role)
    {
        if (!axis.IsVisible)
        {
            return;
        }

        Add(labels, axis.Label.Text, axis.Label.FontName, role + " label");
        if (axis.TickLabelStyle.IsVisible)
        {
            foreach (Tick tick in axis.TickGenerator.Ticks.Where(t => t.IsMajor))
            {
                Add(labels, tick.Label, axis.TickLabelStyle.FontName, role + " tick");
            }
        }
    }

    private static void Add(List<DrawnLabel> labels, string? text, string fontName, string role)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            labels.Add(new DrawnLabel(text, fontName, role));
        }
    }
}
