using PolicyCompare.Alignment;
using PolicyCompare.Analysis;
using PolicyCompare.Metrics.Coverage;
using PolicyCompare.Metrics.DepartmentLoad;
using PolicyCompare.Metrics.TargetDrift;

using PolicyCompare.Charts;

namespace PolicyCompare.Reporting.Composition;

/// <summary>
/// Turns the metric results of a <see cref="CorpusAnalysis"/> into the plain chart inputs of <see cref="PolicyCharts"/>.
/// </summary>
/// <remarks>
/// Scale rule: a chart with one row, column or bar per plan draws each plan while the corpus has at most
/// <paramref name="maxPlansPerChart"/> plans (beyond that, labels no longer fit side by side); above it the chart sums
/// the plans up by region (the plan's <see cref="Metrics.PlanReference.Region"/>, or by plan year for emphasis over
/// time) with values a reader can recompute from <c>data/*.csv</c>: the share of a region's plans covering a topic, the
/// mean Jaccard over every pair of distinct plans of two regions (from the coverage matrix, which holds every plan, not
/// from the per-plan capped similarity list), role sums per region, and the year's task shares.
/// </remarks>
internal sealed class AnalysisChartInputs(CorpusAnalysis analysis, ReportLabels labels, ReportText text, int maxPlansPerChart)
{
    /// <summary>Whether per-plan charts are summed up by region or year (the corpus has more than the per-plan limit).</summary>
    public bool Aggregates => analysis.Coverage.Matrix.Plans.Count > maxPlansPerChart;

    /// <summary>The plans of each region, in order of each region's first plan in the coverage matrix.</summary>
    private (string Label, int[] Plans)[] Regions()
    {
        IReadOnlyList<Metrics.PlanReference> plans = analysis.Coverage.Matrix.Plans;
        return Enumerable.Range(0, plans.Count)
            .GroupBy(p => plans[p].Region, StringComparer.Ordinal)
            .Select(g => (ReportFormat.Text(text.RegionPlans, g.Key, g.Count()), g.ToArray()))
            .ToArray();
    }

    /// <summary>The number of regions the aggregated charts show.</summary>
    public int RegionCount => Regions().Length;

    public HeatmapData Coverage() => Aggregates ? CoverageByRegion() : CoverageByPlan();

    /// <summary>
    /// Topics the coverage heatmap draws: all of them, or the <see cref="PolicyCharts.MaxCategories"/> covered by the most
    /// plans (the coverage matrix orders topics so) when there are more.
    /// </summary>
    public int CoverageTopicsShown => Math.Min(analysis.Coverage.Matrix.Topics.Count, PolicyCharts.MaxCategories);

    private HeatmapData CoverageByRegion()
    {
        CoverageMatrix matrix = analysis.Coverage.Matrix;
        var regions = Regions();
        int topics = matrix.Topics.Count;
        int shown = CoverageTopicsShown;
        var values = new double[shown, regions.Length];
        for (int r = 0; r < regions.Length; r++)
        {
            for (int t = 0; t < shown; t++)
            {
                values[t, r] = regions[r].Plans.Count(p => matrix.Cells[(p * topics) + t].Present) / (double)regions[r].Plans.Length;
            }
        }

        return new HeatmapData(
            text.CoverageRegionChartTitle, text.RegionAxis, text.Topic,
            matrix.Topics.Take(shown).Select(t => labels.Topic(t.TopicId, t.Label)).ToArray(),
            regions.Select(r => r.Label).ToArray(),
            values, "0%", text.PlanShare, 0, 1);
    }

    private HeatmapData CoverageByPlan()
    {
        CoverageMatrix matrix = analysis.Coverage.Matrix;
        int shown = CoverageTopicsShown;
        var values = new double[shown, matrix.Plans.Count];
        for (int p = 0; p < matrix.Plans.Count; p++)
        {
            for (int t = 0; t < shown; t++)
            {
                values[t, p] = matrix.Cells[(p * matrix.Topics.Count) + t].TaskCount;
            }
        }

        return new HeatmapData(
            text.CoverageChartTitle, text.Plan, text.Topic,
            matrix.Topics.Take(shown).Select(t => labels.Topic(t.TopicId, t.Label)).ToArray(),
            matrix.Plans.Select(labels.Plan).ToArray(),
            values, "0", text.TaskCount);
    }

    public HeatmapData Similarity() => Aggregates ? SimilarityByRegion() : SimilarityByPlan();

    /// <summary>
    /// Mean Jaccard of the topics two plans address (as <see cref="Metrics.Similarity.Jaccard"/> in the coverage analysis)
    /// over every pair of distinct plans, one of each region; NaN pairs (neither plan addresses a topic) are left out.
    /// </summary>
    private HeatmapData SimilarityByRegion()
    {
        CoverageMatrix matrix = analysis.Coverage.Matrix;
        int topics = matrix.Topics.Count;
        bool[][] addressed = Enumerable.Range(0, matrix.Plans.Count)
            .Select(p => Enumerable.Range(0, topics).Select(t => matrix.Cells[(p * topics) + t].Addressed).ToArray())
            .ToArray();
        var regions = Regions();
        var values = new double[regions.Length, regions.Length];
        for (int a = 0; a < regions.Length; a++)
        {
            for (int b = a; b < regions.Length; b++)
            {
                double sum = 0;
                int count = 0;
                foreach (int p in regions[a].Plans)
                {
                    foreach (int q in regions[b].Plans)
                    {
                        double jaccard = p == q ? double.NaN : Metrics.Similarity.Jaccard(addressed[p], addressed[q]);
                        if (!double.IsNaN(jaccard))
                        {
                            sum += jaccard;
                            count++;
                        }
                    }
                }

                values[a, b] = values[b, a] = count == 0 ? double.NaN : sum / count;
            }
        }

        string[] regionLabels = regions.Select(r => r.Label).ToArray();
        return new HeatmapData(text.SimilarityRegionChartTitle, text.RegionAxis, text.RegionAxis, regionLabels, regionLabels, values, "0.00", text.SimilarityScale, 0, 1);
    }

    private HeatmapData SimilarityByPlan()
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

    /// <summary>Role totals per plan (per region above the per-plan limit) that states departments, or null when none does.</summary>
    public StackedBarData? LoadByPlan()
    {
        DepartmentLoadResult load = analysis.DepartmentLoad;
        var plans = load.Concentration.Select(c => c.Plan).ToArray();
        if (plans.Length == 0)
        {
            return null;
        }

        if (Aggregates)
        {
            var regions = plans.GroupBy(p => p.Region, StringComparer.Ordinal).ToArray();
            var byPlan = load.Loads.ToLookup(l => l.Plan.DocumentId, StringComparer.Ordinal);
            double[] RegionSum(Func<AgencyLoad, int> role) => regions
                .Select(g => (double)g.Sum(p => byPlan[p.DocumentId].Sum(role)))
                .ToArray();
            return new StackedBarData(text.LoadRegionChartTitle, text.RegionAxis, text.Responsibilities,
                regions.Select(g => ReportFormat.Text(text.RegionPlans, g.Key, g.Count())).ToArray(),
                [
                    new BarSeries(text.Lead, RegionSum(l => l.Led)),
                    new BarSeries(text.CoResponsible, RegionSum(l => l.Co)),
                    new BarSeries(text.Participate, RegionSum(l => l.Participating)),
                ]);
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

    /// <summary>
    /// The agencies with the largest weighted load summed over every plan (agencies matched by key), at most
    /// <paramref name="maxAgencies"/>: the corpus-wide chart that replaces one chart per plan above the per-plan limit.
    /// </summary>
    public StackedBarData AgenciesOfCorpus(int maxAgencies)
    {
        var loads = analysis.DepartmentLoad.Loads
            .GroupBy(l => l.AgencyKey, StringComparer.Ordinal)
            .Select(g => (Name: g.First().AgencyName, Weighted: g.Sum(l => l.WeightedLoad), Led: g.Sum(l => l.Led), Co: g.Sum(l => l.Co), Participating: g.Sum(l => l.Participating)))
            .OrderByDescending(a => a.Weighted).ThenBy(a => a.Name, StringComparer.Ordinal)
            .Take(maxAgencies)
            .ToArray();
        int plans = analysis.DepartmentLoad.Concentration.Count;
        return new StackedBarData(
            ReportFormat.Text(text.AgencyCorpusChartTitle, plans), text.Agency, text.TaskCount,
            loads.Select(l => l.Name).ToArray(),
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

    public TopicEmphasisData Emphasis() => Aggregates ? EmphasisByYear() : EmphasisByPlan();

    /// <summary>Per plan year, each topic's tasks over the topic-assigned tasks of every plan of that year (plans without a year are left out).</summary>
    private TopicEmphasisData EmphasisByYear()
    {
        CoverageMatrix matrix = analysis.Coverage.Matrix;
        int topics = matrix.Topics.Count;
        var years = Enumerable.Range(0, matrix.Plans.Count)
            .Where(p => matrix.Plans[p].Year is not null)
            .GroupBy(p => matrix.Plans[p].Year!.Value)
            .OrderBy(g => g.Key)
            .ToArray();
        double[] assigned = years.Select(g => (double)g.Sum(p => Enumerable.Range(0, topics).Sum(t => matrix.Cells[(p * topics) + t].TaskCount))).ToArray();
        BarSeries[] series = matrix.Topics
            .Select((topic, t) => new BarSeries(
                labels.Topic(topic.TopicId, topic.Label),
                years.Select((g, y) => assigned[y] == 0 ? 0 : g.Sum(p => matrix.Cells[(p * topics) + t].TaskCount) / assigned[y]).ToArray()))
            .ToArray();
        return new TopicEmphasisData(text.EmphasisYearChartTitle, text.PlanYear, text.TaskShare,
            years.Select(g => ReportFormat.Text(text.YearPlans, g.Key, g.Count())).ToArray(), series, text.OtherTopics);
    }

    private TopicEmphasisData EmphasisByPlan()
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
