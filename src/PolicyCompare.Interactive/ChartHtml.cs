using System.Globalization;
using PolicyCompare.Charts;

namespace PolicyCompare.Interactive;

/// <summary>A chart as an inline PNG image at its CSS size (rendered at the chart's pixel scale, so it stays sharp).</summary>
internal static class ChartHtml
{
    public static string Format(ChartImage chart) =>
        string.Create(CultureInfo.InvariantCulture,
            $"<img src=\"data:image/png;base64,{Convert.ToBase64String(chart.ToPngBytes())}\" width=\"{chart.Width}\" height=\"{chart.Height}\" alt=\"{HtmlTable.Encode(chart.Title)}\" />");
}
