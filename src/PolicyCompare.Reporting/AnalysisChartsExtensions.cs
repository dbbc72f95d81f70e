using PolicyCompare.Analysis;
using PolicyCompare.Reporting.Composition;

namespace PolicyCompare.Reporting;

/// <summary>Entry point of <see cref="AnalysisCharts"/>.</summary>
public static class AnalysisChartsExtensions
{
    /// <summary>The charts of an analysis, labelled in the given language.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="language">Language of titles and axis labels.</param>
    /// <returns>The chart set.</returns>
    public static AnalysisCharts Charts(this CorpusAnalysis analysis, ReportLanguage language = ReportLanguage.Chinese)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return new AnalysisCharts(analysis, language);
    }
}
