using PolicyCompare.Alignment;
using PolicyCompare.Analysis;
using PolicyCompare.Metrics.Coverage;
using PolicyCompare.Metrics.DepartmentLoad;
using PolicyCompare.Metrics.TargetDrift;

using PolicyCompare.Charts;

namespace PolicyCompare.Reporting.Composition;

/// <summary>Turns the metric results of a <see cref="CorpusAnalysis"/> into the plain chart inputs of <see cref="PolicyCharts"/>.</summary>
internal sealed class AnalysisChartInputs(CorpusAnalysis analysis, ReportLabels labels, ReportText text)
{
    public HeatmapData Coverage()
    {
        CoverageMatrix matrix = analysis.Coverage.Matrix;
        var values = new double[matrix.Topics.Count, matrix.Plans.Count];
        for (int p = 0; p < matrix.Plans.Count; p++)
        {
            for (int t = 0; t < matrix.Topics.Count; t++)
            {
                values[t, p] = matrix.Cells[(p * matrix.Topics.Count) + t].TaskCount;
            }
        }

        return new HeatmapData(
            text.CoverageChartTitle, text.Plan, text.Topic,
            matrix.Topics.Select(t => labels.Topic(t.TopicId, t.Label)).ToArray(),
            matrix.Plans.Select(labels.Plan).ToArray(),
            values, "0", text.TaskCount);
    }

    public HeatmapData Similarity()
    {
        var plans = analysis.Coverage.Matrix.Plans;
        var index = plans.Select((p, i) => (p.DocumentId, i)).ToDictionary(x => x.DocumentId, x => x.i, StringComparer.Ordinal);
        var values = new double[plans.Count, plans.Count];
        foreach (RegionSimilarity similarity in analysis.Coverage.Similarities)
        {
            values[index[similarity.DocumentIdA], index[similarity.DocumentIdB]] = similarity.Jaccard;
        }

        string[] planLabels = plans.Select(labels.Plan).ToArray();
        return new HeatmapData(text.SimilarityChartTitle, text.Plan, text.Plan, planLabels, planLabels, values, "0.00", text.SimilarityScale, 0, 1);
    }

    /// <summary>Role totals per plan that states departments, or null when none does.</summary>
    public StackedBarData? LoadByPlan()
    {
        DepartmentLoadResult load = analysis.DepartmentLoad;
        var plans = load.Concentration.Select(c => c.Plan).ToArray();
        if (plans.Length == 0)
        {
            return null;
        }

        double[] Sum(Func<AgencyLoad, int> role) => plans
            .Select(p => (double)load.Loads.Where(l => l.Plan.DocumentId == p.DocumentId).Sum(role))
            .ToArray();

        return new StackedBarData(text.LoadChartTitle, text.Region, text.Responsibilities, plans.Select(labels.Plan).ToArray(),
        [
            new BarSeries(text.Lead, Sum(l => l.Led)),
            new BarSeries(text.CoResponsible, Sum(l => l.Co)),
            new BarSeries(text.Participate, Sum(l => l.Participating)),
        ]);
    }

    public StackedBarData AgenciesOf(Metrics.PlanReference plan, int maxAgencies)
    {
        AgencyLoad[] loads = analysis.DepartmentLoad.Loads.Where(l => l.Plan.DocumentId == plan.DocumentId).Take(maxAgencies).ToArray();
        return new StackedBarData(
            ReportFormat.Text(text.AgencyChartTitle, labels.Plan(plan)), text.Agency, text.TaskCount,
            loads.Select(l => l.AgencyName).ToArray(),
            [
                new BarSeries(text.Lead, loads.Select(l => (double)l.Led).ToArray()),
                new BarSeries(text.CoResponsible, loads.Select(l => (double)l.Co).ToArray()),
                new BarSeries(text.Participate, loads.Select(l => (double)l.Participating).ToArray()),
            ]);
    }

    /// <summary>The drift chart of a metric, or null when none of its points has a plan year.</summary>
    public TargetDriftData? Drift(TargetMetric metric)
    {
        TargetMark[] marks = metric.Points
            .Where(p => p.Plan.Year is not null && !double.IsNaN(p.Value)) // a milestone has no value to plot
            .Select(p => new TargetMark(
                labels.Plan(p.Plan), p.Plan.Year!.Value, p.Value, p.ValueMax, p.Comparator,
                string.Equals(p.Population, "全体", StringComparison.Ordinal) ? null : p.Population, p.DeadlineYear))
            .ToArray();
        return marks.Length == 0
            ? null
            : new TargetDriftData(metric.Name, text.PlanYear, ReportFormat.Text(text.TargetValue, metric.Unit), metric.Unit, marks);
    }

    public TopicEmphasisData Emphasis()
    {
        CoverageMatrix matrix = analysis.Coverage.Matrix;
        BarSeries[] topics = matrix.Topics
            .Select((topic, t) => new BarSeries(
                labels.Topic(topic.TopicId, topic.Label),
                matrix.Plans.Select((_, p) => matrix.Cells[(p * matrix.Topics.Count) + t].Share).Select(s => double.IsFinite(s) ? s : 0).ToArray()))
            .ToArray();
        return new TopicEmphasisData(text.EmphasisChartTitle, text.PlanByYear, text.TaskShare, matrix.Plans.Select(labels.Plan).ToArray(), topics, text.OtherTopics);
    }

    public AlignmentHeatmapData Alignment(PlanAlignment alignment)
    {
        var rows = alignment.LeftTasks.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i);
        var columns = alignment.RightTasks.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i);
        var similarity = new double[alignment.LeftTasks.Count, alignment.RightTasks.Count];
        for (int r = 0; r < alignment.LeftTasks.Count; r++)
        {
            for (int c = 0; c < alignment.RightTasks.Count; c++)
            {
                similarity[r, c] = alignment.Similarity[r][c];
            }
        }

        MatchedCell[] matches = alignment.OneToOne.Select(l => new MatchedCell(rows[l.Left], columns[l.Right])).ToArray();
        string left = labels.Plan(alignment.LeftDocumentId), right = labels.Plan(alignment.RightDocumentId);
        return new AlignmentHeatmapData(
            ReportFormat.Text(text.AlignmentChartTitle, left, right),
            ReportFormat.Text(text.TasksOf, right), ReportFormat.Text(text.TasksOf, left),
            alignment.LeftTasks.Select(labels.Task).ToArray(), alignment.RightTasks.Select(labels.Task).ToArray(),
            similarity, matches, text.MatchedPair, text.CosineScale);
    }
}
