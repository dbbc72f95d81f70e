using PolicyCompare.Alignment;
using PolicyCompare.Analysis;
using PolicyCompare.Reporting.Composition;
using PolicyCompare.Embeddings;

using PolicyCompare.Charts;

namespace PolicyCompare.Reporting;

/// <summary>
/// The report's charts for one analysis, one method each, for notebooks and scripts:
/// <c>analysis.Charts().CoverageHeatmap().SavePng("coverage.png")</c>. Each call draws a new <see cref="ChartImage"/>.
/// </summary>
public sealed class AnalysisCharts
{
    private readonly CorpusAnalysis _analysis;
    private readonly AnalysisChartInputs _inputs;
    private readonly ReportText _text;

    internal AnalysisCharts(CorpusAnalysis analysis, ReportLanguage language)
    {
        _analysis = analysis;
        _text = ReportText.For(language);
        _inputs = new AnalysisChartInputs(analysis, new ReportLabels(analysis.Corpus, analysis.Topics, language), _text, new ReportOptions().MaxPlansPerChart);
    }

    /// <summary>Topics × plans, cells = number of tasks; above <see cref="ReportOptions.MaxPlansPerChart"/> (default) plans, topics × regions, cells = share of the region's plans covering the topic.</summary>
    /// <returns>The chart.</returns>
    public ChartImage CoverageHeatmap() => PolicyCharts.CoverageHeatmap(_inputs.Coverage());

    /// <summary>Plans × plans, cells = Jaccard of the topics they address; above <see cref="ReportOptions.MaxPlansPerChart"/> (default) plans, regions × regions, cells = mean Jaccard of their plans.</summary>
    /// <returns>The chart.</returns>
    public ChartImage RegionSimilarity() => PolicyCharts.RegionSimilarityHeatmap(_inputs.Similarity());

    /// <summary>Tasks led, co-responsible and participating per plan (per region above <see cref="ReportOptions.MaxPlansPerChart"/> plans); null when no plan names departments.</summary>
    /// <returns>The chart, or null.</returns>
    public ChartImage? DepartmentLoad() => _inputs.LoadByPlan() is { } data ? PolicyCharts.DepartmentLoad(data) : null;

    /// <summary>Value against plan year for one target metric; null when it has no point to draw.</summary>
    /// <param name="metricId">A metric id from <c>analysis.TargetDrift.Metrics</c> (e.g. <c>M001</c>).</param>
    /// <returns>The chart, or null.</returns>
    /// <exception cref="KeyNotFoundException">No metric has that id.</exception>
    public ChartImage? TargetDrift(string metricId)
    {
        var metric = _analysis.TargetDrift.Metrics.FirstOrDefault(m => m.Id == metricId)
            ?? throw new KeyNotFoundException($"No target metric '{metricId}' in the analysis.");
        return _inputs.Drift(metric) is { } data ? PolicyCharts.TargetDrift(data) : null;
    }

    /// <summary>Topic shares by plan year (of each year's plans together above <see cref="ReportOptions.MaxPlansPerChart"/> plans).</summary>
    /// <returns>The chart.</returns>
    public ChartImage TopicEmphasis() => PolicyCharts.TopicEmphasis(_inputs.Emphasis());

    /// <summary>Task × task similarity of two plans with their matches marked.</summary>
    /// <param name="alignment">From <c>CorpusAligner.MatchPlansAsync</c>.</param>
    /// <returns>The chart.</returns>
    public ChartImage Alignment(PlanAlignment alignment) => PolicyCharts.AlignmentHeatmap(_inputs.Alignment(alignment));

    /// <summary>Every task on the first two principal components of its embedding, coloured by plan.</summary>
    /// <returns>The chart.</returns>
    public ChartImage TaskMap() => PolicyCharts.TaskMap(new TaskMapData(_text.TaskMapChartTitle, _text.Projection1, _text.Projection2, TaskMapPoints(_analysis)));

    /// <summary>
    /// The task map's points: each task's 2-D projection, grouped by its focus topic, named by the topic's first two
    /// keywords (tasks without a topic are grouped as "—").
    /// </summary>
    /// <param name="analysis">The analysis.</param>
    /// <returns>One point per task.</returns>
    public static IReadOnlyList<TaskMapPoint> TaskMapPoints(CorpusAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return TaskProjection.Project(analysis.Embedding.Tasks)
            .Select(p => new TaskMapPoint(p.X, p.Y, analysis.Topics.TopicOf(p.Task) is { } topic ? TopicName(topic) : "—"))
            .ToArray();
    }

    private static string TopicName(CorpusTopic topic) =>
        topic.Keywords.Count == 0 ? topic.Id : topic.Id + " " + string.Join("·", topic.Keywords.Take(2));
}
