using PolicyCompare.Charts;

namespace PolicyCompare.Reporting;

/// <summary>
/// A rendered chart: HTML embeds the PNG as a data: URI, Markdown links <c>charts/{FileStem}.png</c>, and the folder
/// writer saves both <c>.png</c> and <c>.svg</c> under <c>charts/</c>.
/// </summary>
/// <param name="FileStem">File name without extension, a lower-case slug unique in the report.</param>
/// <param name="Caption">Caption under the chart.</param>
/// <param name="AltText">Text alternative for the image.</param>
/// <param name="Png">PNG bytes.</param>
/// <param name="Svg">SVG text.</param>
/// <param name="Width">Display width in CSS pixels.</param>
/// <param name="Height">Display height in CSS pixels.</param>
public sealed record ChartBlock(string FileStem, string Caption, string AltText, byte[] Png, string Svg, int Width, int Height) : ReportBlock
{
    /// <summary>Renders <paramref name="chart"/> to PNG and SVG once and wraps the results.</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="fileStem">File name without extension.</param>
    /// <param name="caption">Caption under the chart.</param>
    /// <returns>The block; its alt text is the chart title.</returns>
    public static ChartBlock From(ChartImage chart, string fileStem, string caption)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ReportSlug.Check(fileStem, "chart file stem");
        return new ChartBlock(fileStem, caption, chart.Title, chart.ToPngBytes(), chart.ToSvg(), chart.Width, chart.Height);
    }

    /// <summary>Path of the PNG inside the report folder.</summary>
    public string PngPath => "charts/" + FileStem + ".png";

    /// <summary>Path of the SVG inside the report folder.</summary>
    public string SvgPath => "charts/" + FileStem + ".svg";
}
