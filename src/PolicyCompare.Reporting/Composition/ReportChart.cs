using PolicyCompare.Charts;

namespace PolicyCompare.Reporting.Composition;

/// <summary>
/// Draws one chart of the report so that a chart which cannot be drawn never sinks the report: the section gets a short
/// paragraph naming the chart and the reason instead (its data stay in <c>data/*.csv</c>).
/// </summary>
internal static class ReportChart
{
    /// <summary>The chart's block, or a paragraph saying why it could not be drawn.</summary>
    /// <param name="draw">Builds the chart input and the chart (e.g. <c>() =&gt; PolicyCharts.CoverageHeatmap(inputs)</c>).</param>
    /// <param name="fileStem">File name without extension.</param>
    /// <param name="title">The chart's name, for the paragraph.</param>
    /// <param name="caption">Caption under the chart.</param>
    /// <param name="text">The report's words.</param>
    /// <returns>A <see cref="ChartBlock"/>, or a <see cref="ChartNoticeBlock"/> when building or rendering the chart threw.</returns>
    /// <remarks>
    /// Any failure of one chart (an input the chart rejects, a size or renderer failure in ScottPlot or Skia) is caught;
    /// cancellation and out-of-memory are not, since they concern the whole report. The reason is the exception's message,
    /// so the same input gives the same paragraph.
    /// </remarks>
    public static ReportBlock Block(Func<ChartImage> draw, string fileStem, string title, string caption, ReportText text)
    {
        try
        {
            return ChartBlock.From(draw(), fileStem, caption);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            return new ChartNoticeBlock(fileStem, ReportFormat.Text(text.ChartNotDrawn, title, Reason(ex)));
        }
    }

    private static string Reason(Exception ex)
    {
        // ArgumentException appends " (Parameter 'name')", which says nothing to a reader.
        string message = ex is ArgumentException { ParamName: { } name } ? ex.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal) : ex.Message;
        message = message.Trim();
        return message.EndsWith('.') || message.EndsWith('。') ? message : message + ".";
    }
}
