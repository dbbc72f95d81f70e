using Microsoft.DotNet.Interactive.Formatting;
using PolicyCompare.Alignment;
using PolicyCompare.Analysis;
using PolicyCompare.Charts;
using PolicyCompare.Corpus;
using PolicyCompare.Documents;
using PolicyCompare.Metrics.Coverage;
using PolicyCompare.Metrics.DepartmentLoad;
using PolicyCompare.Metrics.TargetDrift;

namespace PolicyCompare.Interactive;

/// <summary>
/// The notebook displays of PolicyCompare's results: a <see cref="ChartImage"/> as an inline PNG image; a plan, a corpus,
/// a task list, topics, coverage, target drift and department load as compact HTML tables (at most
/// <see cref="HtmlTable.MaxRows"/> rows each); a <see cref="CorpusAnalysis"/> as a summary with links to its parts.
/// </summary>
public static class PolicyFormatters
{
    /// <summary>Registers every formatter with .NET Interactive's <see cref="Formatter"/> (text/html). Calling it again is harmless.</summary>
    public static void Register()
    {
        Html<ChartImage>(ChartHtml.Format);
        Html<PolicyDocument>(DocumentHtml.Format);
        Html<PolicyCorpus>(DocumentHtml.Format);
        Html<IEnumerable<PolicyTask>>(DocumentHtml.Format);
        Html<CorpusTopics>(TopicsHtml.Format);
        Html<CoverageResult>(c => MetricsHtml.Format(c));
        Html<TargetDriftResult>(d => MetricsHtml.Format(d));
        Html<DepartmentLoadResult>(l => MetricsHtml.Format(l));
        Html<CorpusAnalysis>(AnalysisHtml.Format);
    }

    private static void Html<T>(Func<T, string> format)
    {
        Formatter.Register<T>((value, writer) => writer.Write(format(value)), HtmlFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(T), HtmlFormatter.MimeType);
    }
}
