using System.Reflection;
using PolicyCompare.Alignment;
using PolicyCompare.Analysis;
using PolicyCompare.Documents;
using PolicyCompare.Metrics;
using PolicyCompare.Metrics.Coverage;
using PolicyCompare.Metrics.DepartmentLoad;
using PolicyCompare.Metrics.TargetDrift;

using PolicyCompare.Charts;

namespace PolicyCompare.Reporting.Composition;

/// <summary>
/// Composes the report of a corpus analysis: a corpus summary; coverage, similarity and gaps; target drift; emphasis
/// over time; department load; plan-to-plan alignments and the task map when given; every topic's tasks side by side
/// with shared key terms highlighted; and the methods and settings. Each metric section has its chart, its table and a
/// reading generated from the numbers. The same inputs give the same document.
/// </summary>
public sealed class ReportBuilder
{
    /// <summary>Composes the report.</summary>
    /// <param name="inputs">Analysis, alignments and task map.</param>
    /// <param name="options">Language and size limits.</param>
    /// <returns>The document, ready for <see cref="ReportFolderWriter"/>.</returns>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public ReportDocument Build(ReportInputs inputs, ReportOptions options) => Build(inputs, options, CancellationToken.None);

    /// <summary>Composes the report, checking for cancellation between sections (drawing the charts takes seconds).</summary>
    /// <param name="inputs">Analysis, alignments and task map.</param>
    /// <param name="options">Language and size limits.</param>
    /// <param name="cancellationToken">Cancels the composition.</param>
    /// <returns>The document, ready for <see cref="ReportFolderWriter"/>.</returns>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public ReportDocument Build(ReportInputs inputs, ReportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(options);
        IReadOnlyList<string> problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid report options: " + string.Join(" ", problems), nameof(options));
        }

        var text = ReportText.For(options.Language);
        CorpusAnalysis analysis = inputs.Analysis;
        var labels = new ReportLabels(analysis.Corpus, analysis.Topics, options.Language);
        var charts = new AnalysisChartInputs(analysis, labels, text, options.MaxPlansPerChart);
        var composer = new Composer(analysis, labels, charts, text, options);

        var parts = new List<Func<ReportSection>> { composer.Summary, composer.Coverage, composer.TargetDrift, composer.Emphasis, composer.DepartmentLoad };
        if (inputs.Alignments.Count > 0)
        {
            parts.Add(() => composer.Alignments(inputs.Alignments));
        }

        if (inputs.TaskMap.Count > 0)
        {
            parts.Add(() => new ReportSection("task-map", text.TaskMap,
                [ReportChart.Block(() => PolicyCharts.TaskMap(new TaskMapData(text.TaskMapChartTitle, text.Projection1, text.Projection2, inputs.TaskMap)), "task-map", text.TaskMapChartTitle, text.TaskMapCaption, text)]));
        }

        parts.Add(composer.TopicTasks);
        parts.Add(composer.Methods);

        // Sections are independent (each draws its own charts): composed on all cores, each into its own slot, so the
        // document is the same for any number of threads. Cancellation is checked before each section.
        var sections = new ReportSection[parts.Count];
        try
        {
            Parallel.For(0, parts.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => sections[i] = parts[i]());
        }
        catch (AggregateException ex)
        {
            // A section's own exception, as a sequential composition would have thrown it.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }
        return new ReportDocument(text.Title, text.LanguageTag, text.Contents, sections);
    }

    /// <summary>The informational version of the PolicyCompare core, without build metadata.</summary>
    internal static string PolicyCompareVersion()
    {
        string version = typeof(CorpusAnalysis).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(CorpusAnalysis).Assembly.GetName().Version?.ToString()
            ?? "unknown";
        int plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }

    private sealed class Composer(CorpusAnalysis analysis, ReportLabels labels, AnalysisChartInputs charts, ReportText text, ReportOptions options)
    {
        public ReportSection Summary()
        {
            var documents = analysis.Corpus.Documents
                .OrderBy(d => d.Metadata.Year ?? int.MaxValue).ThenBy(d => d.Id, StringComparer.Ordinal).ToArray();
            int[] years = documents.Where(d => d.Metadata.Year is not null).Select(d => d.Metadata.Year!.Value).ToArray();
            int tasks = documents.Sum(d => d.PolicyTasks.Count);
            int targets = documents.Sum(d => d.PolicyTasks.Sum(t => t.Targets.Count));
            string reading = ReportFormat.Text(text.SummaryReading,
                documents.Length, years.Length == 0 ? ReportFormat.Missing : ReportFormat.Integer(years.Min()),
                years.Length == 0 ? ReportFormat.Missing : ReportFormat.Integer(years.Max()), tasks, analysis.Topics.Topics.Count,
                analysis.Topics.Method, targets);
            ReportBlock table = Limited(new TableBlock(text.PlansTable, text.PlansColumns,
                documents.Select(d => (IReadOnlyList<string>)
                [
                    labels.Plan(d.Id), d.Metadata.Title ?? ReportFormat.Missing, ReportFormat.Integer(d.PolicyTasks.Count),
                    ReportFormat.Integer(d.PolicyTasks.Sum(t => t.Targets.Count)), d.StatesResponsibilities ? text.Yes : text.No,
                ]).ToArray(),
                new HashSet<int> { 2, 3 }), "data/documents.csv");
            var regions = documents.GroupBy(d => d.Metadata.Region ?? d.Id, StringComparer.Ordinal).ToArray();
            var composition = new TableBlock(text.CompositionTable, text.CompositionColumns,
                regions.Select(g => (IReadOnlyList<string>)
                [
                    g.Key,
                    string.Join("/", g.Select(d => d.Metadata.Level ?? ReportFormat.Missing).Distinct(StringComparer.Ordinal)),
                    string.Join("、", g.Select(d => d.Metadata.Year is { } y ? ReportFormat.Integer(y) : ReportFormat.Missing).Distinct(StringComparer.Ordinal)),
                    string.Join("/", g.Select(d => Genre(d.Metadata.Title)).Distinct(StringComparer.Ordinal)),
                ]).ToArray());
            string[] trendRegions = regions.Where(g => g.Select(d => d.Metadata.Year).OfType<int>().Distinct().Count() >= 2).Select(g => g.Key).ToArray();
            string supports = trendRegions.Length > 0
                ? ReportFormat.Text(text.TrendsSupported, string.Join(text.TermSeparator, trendRegions))
                : text.TrendsNotSupported;
            var blocks = new List<ReportBlock> { new ParagraphBlock(reading), composition, new ParagraphBlock(supports), table };
            if (analysis.Corpus.Skipped.Count > 0)
            {
                // A reader must know which plans the figures leave out, not only that some were.
                blocks.Add(new ParagraphBlock(ReportFormat.Text(text.SkippedReading, analysis.Corpus.Skipped.Count)));
                blocks.Add(new ListBlock(analysis.Corpus.Skipped.Select(f => $"{Path.GetFileName(f.Path)}: {f.Reason}").ToArray()));
            }

            var warnings = documents.SelectMany(d => d.Warnings).ToArray();
            IReadOnlyList<ReportSection>? subsections = warnings.Length == 0 ? null :
            [
                new ReportSection("parse-warnings", text.ParseWarnings,
                [
                    new ParagraphBlock(ReportFormat.Text(text.ParseWarningsReading, warnings.Length, warnings.Select(w => w.DocumentId).Distinct(StringComparer.Ordinal).Count())),
                    new TableBlock(text.ParseWarnings, text.ParseWarningColumns,
                        warnings.Select(w => (IReadOnlyList<string>)[labels.Plan(w.DocumentId), ReportFormat.Integer(w.Line), w.Kind.ToString(), w.Message]).ToArray(),
                        new HashSet<int> { 1 }),
                ]),
            ];
            return new ReportSection("summary", text.Summary, blocks, subsections);
        }

        public ReportSection Coverage()
        {
            CoverageResult coverage = analysis.Coverage;
            var cut = charts.CoverageTopicsShown < coverage.Matrix.Topics.Count
                ? " " + ReportFormat.Text(text.MoreCoverageTopics, ReportFormat.Integer(charts.CoverageTopicsShown), ReportFormat.Integer(coverage.Matrix.Topics.Count))
                : string.Empty;
            var blocks = new List<ReportBlock>
            {
                charts.Aggregates
                    ? ReportChart.Block(() => PolicyCharts.CoverageHeatmap(charts.Coverage()), "coverage-heatmap", text.CoverageRegionChartTitle,
                        ReportFormat.Text(text.CoverageRegionCaption, analysis.Coverage.Matrix.Plans.Count, charts.RegionCount) + cut, text)
                    : ReportChart.Block(() => PolicyCharts.CoverageHeatmap(charts.Coverage()), "coverage-heatmap", text.CoverageChartTitle, text.CoverageCaption + cut, text),
            };
            if (coverage.Regions.Count > 0 && coverage.Matrix.Topics.Count > 0)
            {
                RegionCoverage widest = coverage.Regions.OrderByDescending(r => r.TopicsCovered).ThenBy(r => r.Plan.DocumentId, StringComparer.Ordinal).First();
                RegionCoverage narrowest = coverage.Regions.OrderBy(r => r.TopicsCovered).ThenBy(r => r.Plan.DocumentId, StringComparer.Ordinal).First();
                int shared = coverage.Matrix.Topics.Count(t => t.PlanCount == coverage.Matrix.Plans.Count);
                CoverageTopicColumn top = coverage.Matrix.Topics[0];
                blocks.Add(new ParagraphBlock(ReportFormat.Text(text.CoverageReading,
                    labels.Plan(widest.Plan), widest.TopicsCovered, widest.TopicCount, labels.Plan(narrowest.Plan), narrowest.TopicsCovered,
                    shared, labels.Topic(top.TopicId, top.Label), top.PlanCount)));
            }

            blocks.Add(Limited(new TableBlock(text.RegionTable, text.RegionColumns,
                coverage.Regions.Select(r => (IReadOnlyList<string>)
                [
                    labels.Plan(r.Plan), ReportFormat.Integer(r.TaskCount), ReportFormat.Integer(r.AssignedTaskCount),
                    ReportFormat.Integer(r.TopicsCovered), ReportFormat.Percent(r.CoveredFraction),
                    ReportFormat.Integer(r.TopicsAddressed), ReportFormat.Percent(r.AddressedFraction), ReportFormat.Integer(r.UniqueTopics.Count),
                    ReportFormat.Integer(r.Gaps.Count), ReportFormat.Number(r.Diversity.EntropyNats), ReportFormat.Number(r.Diversity.EffectiveTopics, "0.0"),
                    ReportFormat.Number(r.Diversity.Herfindahl, "0.000"),
                ]).ToArray(),
                new HashSet<int> { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 }), "data/coverage-regions.csv"));

            return new ReportSection("coverage", text.Coverage, blocks, [Similarity(), Gaps()]);
        }

        private ReportSection Similarity()
        {
            var blocks = new List<ReportBlock>
            {
                charts.Aggregates
                    ? ReportChart.Block(() => PolicyCharts.RegionSimilarityHeatmap(charts.Similarity()), "region-similarity", text.SimilarityRegionChartTitle,
                        ReportFormat.Text(text.SimilarityRegionCaption, analysis.Coverage.Matrix.Plans.Count, charts.RegionCount), text)
                    : ReportChart.Block(() => PolicyCharts.RegionSimilarityHeatmap(charts.Similarity()), "region-similarity", text.SimilarityChartTitle, text.SimilarityCaption, text),
            };
            RegionSimilarity[] pairs = analysis.Coverage.Similarities
                .Where(s => string.CompareOrdinal(s.DocumentIdA, s.DocumentIdB) < 0 && double.IsFinite(s.Jaccard)).ToArray();
            if (pairs.Length > 0)
            {
                RegionSimilarity most = pairs.OrderByDescending(s => s.Jaccard).ThenBy(s => s.DocumentIdA, StringComparer.Ordinal).ThenBy(s => s.DocumentIdB, StringComparer.Ordinal).First();
                RegionSimilarity least = pairs.OrderBy(s => s.Jaccard).ThenBy(s => s.DocumentIdA, StringComparer.Ordinal).ThenBy(s => s.DocumentIdB, StringComparer.Ordinal).First();
                blocks.Add(new ParagraphBlock(ReportFormat.Text(text.SimilarityReading,
                    labels.Plan(most.DocumentIdA), labels.Plan(most.DocumentIdB), ReportFormat.Number(most.Jaccard),
                    labels.Plan(least.DocumentIdA), labels.Plan(least.DocumentIdB), ReportFormat.Number(least.Jaccard))));
            }

            return new ReportSection("similarity", text.Similarity, blocks);
        }

        private ReportSection Gaps()
        {
            CoverageGap[] gaps = analysis.Coverage.Regions.SelectMany(r => r.Gaps).ToArray();
            int notYet = analysis.Coverage.Regions.Sum(r => r.NotYetOnAgenda.Count);
            var blocks = new List<ReportBlock>
            {
                new ParagraphBlock(ReportFormat.Text(text.GapsReading, gaps.Length, analysis.Coverage.GapThreshold)
                    + (notYet > 0 ? ReportFormat.Text(text.NotYetReading, notYet) : string.Empty)),
            };
            if (gaps.Length > 0)
            {
                blocks.Add(Limited(new TableBlock(text.Gaps, text.GapColumns,
                    gaps.Select(g => (IReadOnlyList<string>)
                    [
                        labels.Plan(g.DocumentId), labels.Topic(g.TopicId, g.TopicLabel),
                        ReportFormat.Integer(g.PeersCovering) + "/" + ReportFormat.Integer(g.PeerCount),
                        string.Join(text.ListSeparator, g.Evidence.Take(3).Select(e => labels.Plan(e.DocumentId) + " " + e.Number + " " + (e.Focus ? e.Title : "…" + e.Passage + "…"))),
                    ]).ToArray(),
                    new HashSet<int> { 2 }), "data/coverage-gaps.csv"));
            }

            return new ReportSection("gaps", text.Gaps, blocks);
        }

        public ReportSection TargetDrift()
        {
            TargetDriftResult drift = analysis.TargetDrift;
            TargetMetric[] shared = drift.Metrics.Where(m => m.PlanCount >= 2).OrderByDescending(m => m.PlanCount).ThenBy(m => m.Id, StringComparer.Ordinal).ToArray();
            TargetDriftFlag[] flags = drift.Metrics.SelectMany(m => m.Flags).ToArray();
            var blocks = new List<ReportBlock>
            {
                new ParagraphBlock(ReportFormat.Text(text.DriftReading, drift.Metrics.Count, shared.Length, flags.Length)),
            };
            if (shared.Length > 0)
            {
                blocks.Add(Limited(new TableBlock(text.MetricsTable, text.MetricColumns,
                    shared.SelectMany(m => m.Series.Select(s => (IReadOnlyList<string>)
                    [
                        m.Id, m.Name, m.Unit, ReportFormat.Integer(m.PlanCount), ReportFormat.Integer(s.PointCount), s.Population,
                        string.Join(text.ListSeparator, m.Points.Where(p => p.Population == s.Population).Select(PlanPoint)),
                        ReportFormat.Number(s.ChangePerYear),
                    ])).ToArray(),
                    new HashSet<int> { 3, 4, 7 }), "data/drift-points.csv"));
            }

            // A chart of one plan, or of points that all stand at one value, shows nothing the table does not.
            TargetMetric[] drawable = shared.Where(m => m.Points.Select(p => (p.Value, p.ValueMax)).Distinct().Count() >= 2).ToArray();
            if (drawable.Length > options.MaxDriftCharts)
            {
                blocks.Add(new ParagraphBlock(ReportFormat.Text(text.MoreDriftCharts, options.MaxDriftCharts, drawable.Length)));
            }

            foreach (TargetMetric metric in drawable.Take(options.MaxDriftCharts))
            {
                if (charts.Drift(metric) is { } data)
                {
                    blocks.Add(ReportChart.Block(() => PolicyCharts.TargetDrift(data), "drift-" + Slug(metric.Id), metric.Name, ReportFormat.Text(text.DriftCaption, metric.Name), text));
                }
            }

            Dictionary<string, string> names = drift.Metrics.ToDictionary(m => m.Id, m => m.Name, StringComparer.Ordinal);
            blocks.Add(new ParagraphBlock(text.FlagsTitle + text.Colon + (flags.Length == 0 ? text.NoFlags : string.Empty)));
            if (flags.Length > 0)
            {
                blocks.AddRange(LimitedList(flags.Select(f =>
                    names[f.MetricId] + text.Colon + labels.Plan(f.Earlier) + " → " + labels.Plan(f.Later) + text.Comma
                    + text.FlagKinds[(int)f.Kind] + text.Colon + f.Description).ToArray(), "data/drift-flags.csv"));
            }

            return new ReportSection("target-drift", text.TargetDrift, blocks);
        }

        public ReportSection Emphasis()
        {
            TargetDriftResult drift = analysis.TargetDrift;
            var blocks = new List<ReportBlock>
            {
                charts.Aggregates
                    ? ReportChart.Block(() => PolicyCharts.TopicEmphasis(charts.Emphasis()), "topic-emphasis", text.EmphasisYearChartTitle,
                        ReportFormat.Text(text.EmphasisYearCaption, analysis.Coverage.Matrix.Plans.Count), text)
                    : ReportChart.Block(() => PolicyCharts.TopicEmphasis(charts.Emphasis()), "topic-emphasis", text.EmphasisChartTitle, text.EmphasisCaption, text),
            };
            int[] years = drift.EmphasisShares.Select(s => s.Year).Distinct().Order().ToArray();
            bool sameRegionYears = analysis.Corpus.Documents.GroupBy(d => d.Metadata.Region ?? d.Id, StringComparer.Ordinal)
                .Any(g => g.Select(d => d.Metadata.Year).OfType<int>().Distinct().Count() >= 2);
            if (years.Length >= 2 && !sameRegionYears)
            {
                blocks.Add(new ParagraphBlock(text.CrossRegionEmphasis));
            }
            else if (years.Length >= 2)
            {
                var first = drift.EmphasisShares.Where(s => s.Year == years[0]).ToDictionary(s => s.TopicId, s => s.Share, StringComparer.Ordinal);
                var changes = drift.EmphasisShares.Where(s => s.Year == years[^1] && first.ContainsKey(s.TopicId))
                    .Select(s => (s.TopicId, From: first[s.TopicId], To: s.Share))
                    .Where(c => double.IsFinite(c.From) && double.IsFinite(c.To))
                    .OrderByDescending(c => c.To - c.From).ThenBy(c => c.TopicId, StringComparer.Ordinal).ToArray();
                if (changes.Length >= 2)
                {
                    var rise = changes[0];
                    var fall = changes[^1];
                    blocks.Add(new ParagraphBlock(ReportFormat.Text(text.EmphasisReading, years[0], years[^1],
                        TopicLabel(rise.TopicId), ReportFormat.Percent(rise.From), ReportFormat.Percent(rise.To),
                        TopicLabel(fall.TopicId), ReportFormat.Percent(fall.From), ReportFormat.Percent(fall.To))));
                }
            }

            LanguageShift[] shifts = drift.LanguageShifts.OrderByDescending(s => s.CentroidDistance).ThenBy(s => s.TopicId, StringComparer.Ordinal).ThenBy(s => s.FromYear).ToArray();
            if (shifts.Length > 0)
            {
                blocks.Add(Limited(new TableBlock(text.LanguageTable, text.LanguageColumns,
                    shifts.Select(s => (IReadOnlyList<string>)
                    [
                        TopicLabel(s.TopicId), ReportFormat.Integer(s.FromYear) + "→" + ReportFormat.Integer(s.ToYear),
                        ReportFormat.Integer(s.FromTaskCount) + "→" + ReportFormat.Integer(s.ToTaskCount), ReportFormat.Number(s.CentroidDistance, "0.000"),
                        string.Join(text.TermSeparator, s.Rising.Take(5).Select(t => t.Term)), string.Join(text.TermSeparator, s.Falling.Take(5).Select(t => t.Term)),
                    ]).ToArray(),
                    new HashSet<int> { 3 }), "data/emphasis-language.csv"));
            }

            return new ReportSection("emphasis", text.Emphasis, blocks);
        }

        public ReportSection DepartmentLoad()
        {
            DepartmentLoadResult load = analysis.DepartmentLoad;
            var blocks = new List<ReportBlock>();
            if (charts.LoadByPlan() is { } byPlan)
            {
                blocks.Add(charts.Aggregates
                    ? ReportChart.Block(() => PolicyCharts.DepartmentLoad(byPlan), "department-load", text.LoadRegionChartTitle, ReportFormat.Text(text.LoadRegionCaption, load.Concentration.Count), text)
                    : ReportChart.Block(() => PolicyCharts.DepartmentLoad(byPlan), "department-load", text.LoadChartTitle, text.LoadCaption, text));
            }

            // One sentence per plan: as many as the concentration table shows rows, the rest in its CSV.
            ResponsibilityConcentration[] led = load.Concentration.Where(c => c.LeadAgencyName is not null).ToArray();
            string readings = string.Concat(led.Take(options.MaxTableRows)
                .Select(c => ReportFormat.Text(text.LoadReading, labels.Plan(c.Plan), c.LeadAgencyName!, ReportFormat.Percent(c.LeadAgencyShare)) + ConventionNote(load, c)));
            if (led.Length > options.MaxTableRows)
            {
                readings += ReportFormat.Text(text.MoreItems, options.MaxTableRows, led.Length, "data/load-concentration.csv");
            }

            if (load.NotStated.Count > 0)
            {
                readings += ReportFormat.Text(text.NotStatedReading, string.Join(text.TermSeparator, load.NotStated.Take(options.MaxTableRows).Select(n => labels.Plan(n.Plan))))
                    + (load.NotStated.Count > options.MaxTableRows ? ReportFormat.Text(text.MoreItems, options.MaxTableRows, load.NotStated.Count, "data/load-not-stated.csv") : string.Empty);
            }

            if (readings.Length > 0)
            {
                blocks.Add(new ParagraphBlock(readings));
            }

            blocks.Add(Limited(new TableBlock(text.ConcentrationTable, text.ConcentrationColumns,
                load.Concentration.Select(c => (IReadOnlyList<string>)
                [
                    labels.Plan(c.Plan), ReportFormat.Integer(c.TaskCount), ReportFormat.Integer(c.StatedTaskCount), ReportFormat.Integer(c.AgencyCount),
                    ReportFormat.Number(c.Herfindahl, "0.000"), ReportFormat.Number(c.Gini, "0.000"), c.LeadAgencyName ?? ReportFormat.Missing,
                    ReportFormat.Percent(c.LeadAgencyShare), LeadBasisOf(load, c),
                ]).ToArray(),
                new HashSet<int> { 1, 2, 3, 4, 5, 7 }), "data/load-concentration.csv"));

            var subsections = new List<ReportSection>();
            if (charts.Aggregates && load.Loads.Count > 0)
            {
                // One chart per plan would be hundreds of charts: one corpus-wide chart, every plan's agencies in the CSV.
                StackedBarData corpus = charts.AgenciesOfCorpus(options.MaxAgenciesPerChart);
                subsections.Add(new ReportSection("load-corpus", corpus.Title,
                [
                    ReportChart.Block(() => PolicyCharts.DepartmentLoad(corpus), "agencies-corpus", corpus.Title,
                        ReportFormat.Text(text.AgencyCorpusCaption, load.Concentration.Count, corpus.Categories.Count), text),
                ]));
            }

            int index = 0;
            foreach (ResponsibilityConcentration plan in charts.Aggregates ? [] : load.Concentration)
            {
                index++;
                StackedBarData agencies = charts.AgenciesOf(plan.Plan, options.MaxAgenciesPerChart);
                subsections.Add(new ReportSection("load-" + ReportFormat.Integer(index), labels.Plan(plan.Plan),
                [
                    ReportChart.Block(() => PolicyCharts.DepartmentLoad(agencies), "agencies-" + ReportFormat.Integer(index), agencies.Title,
                        ReportFormat.Text(text.AgencyCaption, labels.Plan(plan.Plan), agencies.Categories.Count), text),
                ]));
            }

            if (load.UniqueAgencies.Count > 0)
            {
                subsections.Add(new ReportSection("unique-agencies", text.UniqueAgencies,
                    LimitedList(load.UniqueAgencies.Select(u => u.AgencyName + " (" + labels.Plan(u.Plan) + text.Comma + ReportFormat.Integer(u.TasksInvolved) + ")").ToArray(),
                        "data/load-unique.csv")));
            }

            return new ReportSection("department-load", text.DepartmentLoad, blocks, subsections);
        }

        /// <summary>
        /// A clause saying how many of the leading agency's leads the plan does not mark (列首惯例), so the reading never states
        /// as the plan's word a lead that only the first-listed convention assigns; empty when every lead is marked or ruled.
        /// </summary>
        private string ConventionNote(DepartmentLoadResult load, ResponsibilityConcentration plan)
        {
            AgencyLoad? lead = LeadAgencyLoad(load, plan);
            return lead is { LedByConvention: > 0 }
                ? ReportFormat.Text(text.LoadConventionReading, ReportFormat.Integer(lead.LedByConvention), ReportFormat.Integer(lead.Led))
                : string.Empty;
        }

        private static AgencyLoad? LeadAgencyLoad(DepartmentLoadResult load, ResponsibilityConcentration plan) =>
            load.Loads.FirstOrDefault(l => l.Plan == plan.Plan && string.Equals(l.AgencyName, plan.LeadAgencyName, StringComparison.Ordinal));

        /// <summary>How the plan's leading agency came to lead its tasks, so a reader sees which lead shares rest on the convention.</summary>
        private string LeadBasisOf(DepartmentLoadResult load, ResponsibilityConcentration plan)
        {
            AgencyLoad? lead = LeadAgencyLoad(load, plan);
            return lead is null
                ? ReportFormat.Missing
                : ReportFormat.Text(text.LeadBasisCounts, ReportFormat.Integer(lead.Led - lead.LedByPlanRule - lead.LedByConvention),
                    ReportFormat.Integer(lead.LedByPlanRule), ReportFormat.Integer(lead.LedByConvention));
        }

        public ReportSection Alignments(IReadOnlyList<PlanAlignment> alignments)
        {
            var subsections = new List<ReportSection>();
            for (int i = 0; i < alignments.Count; i++)
            {
                PlanAlignment alignment = alignments[i];
                string id = "alignment-" + ReportFormat.Integer(i + 1);
                TaskLink[] links = alignment.OneToOne.ToArray();
                subsections.Add(new ReportSection(id, labels.Plan(alignment.LeftDocumentId) + " — " + labels.Plan(alignment.RightDocumentId),
                [
                    ReportChart.Block(() => PolicyCharts.AlignmentHeatmap(charts.Alignment(alignment)), id,
                        ReportFormat.Text(text.AlignmentChartTitle, labels.Plan(alignment.LeftDocumentId), labels.Plan(alignment.RightDocumentId)),
                        ReportFormat.Text(text.AlignmentCaption, links.Length, alignment.LeftTasks.Count, alignment.RightTasks.Count), text),
                    Limited(new TableBlock(text.Alignment, text.LinkColumns,
                        links.Select(l => (IReadOnlyList<string>)
                        [
                            labels.Task(l.Left), labels.Task(l.Right), ReportFormat.Number(l.Score, "0.000"), string.Join(text.TermSeparator, l.Evidence.SharedTerms.Take(6)),
                        ]).ToArray(),
                        new HashSet<int> { 2 }), "data/alignments.csv"),
                ]));
            }

            return new ReportSection("alignment", text.Alignment, [], subsections);
        }

        public ReportSection TopicTasks()
        {
            CoverageMatrix matrix = analysis.Coverage.Matrix;
            var topics = analysis.Topics.Topics.ToDictionary(t => t.Id, StringComparer.Ordinal);
            var subsections = new List<ReportSection>();
            int index = 0;
            foreach (CoverageTopicColumn column in matrix.Topics)
            {
                index++;
                if (!topics.TryGetValue(column.TopicId, out CorpusTopic? topic))
                {
                    continue;
                }

                var members = topic.Members.Select(k => (Key: k, Task: labels.TaskOf(k))).Where(m => m.Task is not null).ToArray();
                PlanTasks[] plans = matrix.Plans.Select(p => new PlanTasks(labels.Plan(p),
                    members.Where(m => m.Key.DocumentId == p.DocumentId).OrderBy(m => m.Key.Ordinal)
                        .Select(m => new TaskText(m.Task!.Number, m.Task.Text.Value)).ToArray()))
                    .Where(p => p.Tasks.Count > 0)
                    .ToArray();

                // Highlight the topic's keywords that at least two plans use: the shared vocabulary of the topic.
                string[] keyTerms = topic.Keywords
                    .Where(k => k.Length >= 2 && !FillerWords.Contains(k) && plans.Count(p => p.Tasks.Any(t => t.Text.Contains(k, StringComparison.Ordinal))) >= 2)
                    .ToArray();
                string label = labels.Topic(topic.Id, topic.Label);
                var blocks = new List<ReportBlock>();
                if (plans.Length > options.MaxPlansPerChart)
                {
                    // Hundreds of plans side by side cannot be read and make the page slow: the plans with the most
                    // tasks in the topic, in report order.
                    blocks.Add(new ParagraphBlock(ReportFormat.Text(text.MoreTopicPlans, options.MaxPlansPerChart, plans.Length)));
                    plans = plans.Select((p, i) => (p, i)).OrderByDescending(x => x.p.Tasks.Count).ThenBy(x => x.i)
                        .Take(options.MaxPlansPerChart).OrderBy(x => x.i).Select(x => x.p).ToArray();
                }

                blocks.Add(new TaskComparisonBlock(label, keyTerms, plans, text.KeyTerms, text.NoTasks));
                subsections.Add(new ReportSection("topic-" + ReportFormat.Integer(index), label, blocks));
            }

            return new ReportSection("topic-tasks", text.TopicTasks, [new ParagraphBlock(text.TopicTasksReading)], subsections);
        }

        public ReportSection Methods()
        {
            AnalysisSettings s = analysis.Settings;
            string[] values =
            [
                s.TopicMethod, s.EmbedderName, ReportFormat.Integer(s.GapThreshold),
                ReportFormat.Number(s.LeadWeight, "0.##") + " / " + ReportFormat.Number(s.CoWeight, "0.##") + " / " + ReportFormat.Number(s.ParticipateWeight, "0.##"),
                ReportFormat.Number(s.MetricSimilarityThreshold, "0.###") + " / " + ReportFormat.Number(s.CrossTopicMetricSimilarityThreshold, "0.###"),
                PolicyCompareVersion(),
            ];
            return new ReportSection("methods", text.Methods,
            [
                new ParagraphBlock(text.MethodsReading),
                new TableBlock(text.Methods, text.SettingColumns,
                    text.SettingNames.Zip(values, (name, value) => (IReadOnlyList<string>)[name, value]).ToArray()),
            ]);
        }

        /// <summary>Words every work plan uses: highlighting them would mark half the text and show nothing shared.</summary>
        private static readonly HashSet<string> FillerWords = new(StringComparer.Ordinal)
        {
            "能力", "建设", "条件", "应用", "服务", "工作", "推进", "加强", "完善", "提升", "发展", "机制", "体系", "水平", "管理", "改革", "健全", "落实", "实施",
        };

        /// <summary>The genre of a plan from its title: the document type the title ends with.</summary>
        private static string Genre(string? title) =>
            title is null ? ReportFormat.Missing
            : new[] { "重点工作任务", "工作要点", "实施方案", "行动计划", "工作方案", "规划", "意见", "通知" }.FirstOrDefault(g => title.Contains(g, StringComparison.Ordinal)) ?? ReportFormat.Missing;

        private string TopicLabel(string topicId) => labels.Topic(topicId, topicId);

        private string PlanPoint(TargetPoint point) =>
            ReportFormat.Number(point.Value, "0.##") + (point.ValueMax is { } max ? "–" + ReportFormat.Number(max, "0.##") : string.Empty)
            + " (" + labels.Plan(point.Plan) + (point.Plan.Level is { } level ? text.Comma + level : string.Empty) + ")";

        private ReportBlock Limited(TableBlock table, string csvPath) =>
            table.Rows.Count <= options.MaxTableRows
                ? table
                : table with
                {
                    Caption = table.Caption + " — " + ReportFormat.Text(text.MoreRows, options.MaxTableRows, table.Rows.Count, csvPath),
                    Rows = table.Rows.Take(options.MaxTableRows).ToArray(),
                };

        /// <summary>The list, or its first <see cref="ReportOptions.MaxTableRows"/> items and a line naming the CSV that holds all.</summary>
        private ReportBlock[] LimitedList(string[] items, string csvPath) =>
            items.Length <= options.MaxTableRows
                ? [new ListBlock(items)]
                : [new ListBlock(items.Take(options.MaxTableRows).ToArray()), new ParagraphBlock(ReportFormat.Text(text.MoreItems, options.MaxTableRows, items.Length, csvPath))];

        private static string Slug(string value)
        {
            string lower = new(value.ToLowerInvariant().Select(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : '-').ToArray());
            return lower.Trim('-').Length == 0 ? "x" : lower.Trim('-');
        }
    }
}
