using System.Globalization;
using System.Text;
using PolicyCompare.Analysis;

namespace PolicyCompare.Interactive;

/// <summary>
/// A whole analysis as a summary: the headline figures, links to its parts and the parts' compact tables below them
/// (never the nested object tree, which runs to megabytes).
/// </summary>
internal static class AnalysisHtml
{
    private static int _outputs;

    public static string Format(CorpusAnalysis analysis)
    {
        // Anchors must be unique within the notebook page, which holds every output.
        var prefix = "policycompare-" + Interlocked.Increment(ref _outputs).ToString(CultureInfo.InvariantCulture);
        var corpus = analysis.Corpus;
        var html = new StringBuilder();
        html.Append("<div class=\"policycompare-analysis\"><b>")
            .Append(HtmlTable.Encode($"{HtmlTable.Plural(corpus.Documents.Count, "plan")}, {HtmlTable.Plural(corpus.Documents.Sum(d => d.Tasks.Count), "task")}, {HtmlTable.Plural(analysis.Topics.Topics.Count, "topic")}"))
            .Append("</b> (").Append(HtmlTable.Encode(analysis.Topics.Method)).Append(")<br/>")
            .Append(HtmlTable.Encode("Plans: " + string.Join(", ", corpus.Documents.Select(d => d.Metadata.DisplayName))))
            .Append("<br/>Parts: ")
            .Append(CultureInfo.InvariantCulture, $"<a href=\"#{prefix}-coverage\">Coverage</a> · <a href=\"#{prefix}-drift\">TargetDrift</a> · <a href=\"#{prefix}-load\">DepartmentLoad</a> below; display <code>Topics</code> and <code>Corpus</code> for the topics and the plans")
            .Append("</div>")
            .Append(MetricsHtml.Format(analysis.Coverage, prefix + "-coverage"))
            .Append(MetricsHtml.Format(analysis.TargetDrift, prefix + "-drift"))
            .Append(MetricsHtml.Format(analysis.DepartmentLoad, prefix + "-load"));
        return html.ToString();
    }
}
