using NUnit.Framework;
using PolicyCompare.Analysis;
using PolicyCompare.Charts;
using PolicyCompare.Charts.Rendering;
using PolicyCompare.Documents;
using PolicyCompare.Reporting;
using PolicyCompare.Reporting.Composition;
using PolicyCompare.DependencyInjection;
using PolicyCompare.Synthesis;
using PolicyCompare.Tests.Alignment;

namespace PolicyCompare.Tests.Reporting;

/// <summary>The report of a corpus with many plans: charts summed up by region, bounded in size, and written.</summary>
[TestFixture]
[NonParallelizable]
public sealed class ReportScaleTests
{
    private const int Plans = 120;
    private string _folder = null!;
    private CorpusAnalysis _analysis = null!;

    [OneTimeSetUp]
    public async Task AnalyzeSyntheticCorpus()
    {
        _folder = Path.Combine(Path.GetTempPath(), "pc-report-scale-" + Guid.NewGuid().ToString("N"));
        var corpus = CorpusSynthesizer.Synthesize(TestPlans.Seeds, new SynthesisOptions { Plans = Plans, Seed = 11 });
        SyntheticCorpusWriter.Write(corpus, Path.Combine(_folder, "plans"));
        _analysis = await PolicyAnalyzer.Create().AnalyzeAsync([Path.Combine(_folder, "plans")]);
    }

    [OneTimeTearDown]
    public void DeleteFolder()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static IEnumerable<ReportBlock> AllBlocks(IEnumerable<ReportSection> sections) =>
        sections.SelectMany(s => s.Blocks.Concat(AllBlocks(s.Subsections ?? [])));

    [Test]
    public async Task More_topics_than_a_chart_draws_shows_the_most_covered_and_says_so()
    {
        // 160 topics on the 120 plans: more rows than a heatmap draws legibly (PolicyCharts.MaxCategories).
        var analysis = await PolicyAnalyzer.Create(b => b.ConfigureTopics(o => o.TopicCount = 160)).AnalyzeAsync([Path.Combine(_folder, "plans")]);
        Assert.That(analysis.Coverage.Matrix.Topics.Count, Is.GreaterThan(PolicyCharts.MaxCategories), "the case under test");
        var document = new ReportBuilder().Build(new ReportInputs(analysis, [], []), new ReportOptions());
        var blocks = AllBlocks(document.Sections).ToList();
        var heatmap = blocks.OfType<ChartBlock>().Single(c => c.FileStem == "coverage-heatmap");

        Assert.Multiple(() =>
        {
            Assert.That(blocks.OfType<ChartNoticeBlock>().Where(n => n.FileStem == "coverage-heatmap"), Is.Empty, "the chart is drawn");
            Assert.That(heatmap.Caption, Does.Contain(PolicyCharts.MaxCategories.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .And.Contain(analysis.Coverage.Matrix.Topics.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .And.Contain("data/coverage-matrix.csv"));
        });
    }

    [Test]
    public void Many_plan_report_has_region_charts_of_bounded_size_and_is_written()
    {
        Assert.That(_analysis.Corpus.Documents, Has.Count.EqualTo(Plans));
        var inputs = new ReportInputs(_analysis, [], AnalysisCharts.TaskMapPoints(_analysis));
        string output = Path.Combine(_folder, "report");
        ReportDocument document = new PolicyReportWriter().Write(output, inputs, new ReportOptions(), ReportFormats.All);

        ChartBlock[] charts = AllBlocks(document.Sections).OfType<ChartBlock>().ToArray();
        string[] stems = charts.Select(c => c.FileStem).ToArray();
        int regions = _analysis.Corpus.Documents.Select(d => d.Metadata.Region).Distinct().Count();
        Assert.Multiple(() =>
        {
            Assert.That(stems, Is.SupersetOf(new[] { "coverage-heatmap", "region-similarity", "topic-emphasis", "department-load", "agencies-corpus", "task-map" }));
            Assert.That(stems.Where(s => s.StartsWith("agencies-", StringComparison.Ordinal)), Is.EqualTo(new[] { "agencies-corpus" }), "no chart per plan above the per-plan limit");
            Assert.That(stems.Count(s => s.StartsWith("drift-", StringComparison.Ordinal)), Is.LessThanOrEqualTo(new ReportOptions().MaxDriftCharts));
            foreach (ChartBlock chart in charts)
            {
                Assert.That(chart.Width, Is.InRange(1, ChartTheme.MaxSide), chart.FileStem);
                Assert.That(chart.Height, Is.InRange(1, ChartTheme.MaxSide), chart.FileStem);
                Assert.That((long)chart.Width * chart.Height, Is.LessThanOrEqualTo(ChartTheme.MaxArea), chart.FileStem);
            }

            // The similarity chart is region × region: a plan × plan chart would be 120 columns wide.
            ChartBlock similarity = charts.Single(c => c.FileStem == "region-similarity");
            Assert.That(similarity.AltText, Is.EqualTo(ReportText.Chinese.SimilarityRegionChartTitle));
            Assert.That(regions, Is.LessThan(Plans));
            Assert.That(File.Exists(Path.Combine(output, "report.html")), Is.True);
            Assert.That(Directory.GetFiles(Path.Combine(output, "charts"), "*.png"), Has.Length.EqualTo(charts.Length));
        });
    }

    [Test]
    public void Region_coverage_cell_is_the_share_of_the_regions_plans_covering_the_topic()
    {
        var charts = new AnalysisChartInputs(_analysis, new ReportLabels(_analysis.Corpus, _analysis.Topics, ReportLanguage.Chinese), ReportText.Chinese, 40);
        HeatmapData coverage = charts.Coverage();
        var matrix = _analysis.Coverage.Matrix;
        string region = matrix.Plans[0].Region;
        var plans = matrix.Plans.Where(p => p.Region == region).ToArray();
        string topic = matrix.Topics[0].TopicId;
        double expected = plans.Count(p => matrix[p.DocumentId, topic].Present) / (double)plans.Length;
        Assert.Multiple(() =>
        {
            Assert.That(coverage.ColumnLabels, Has.Count.EqualTo(matrix.Plans.Select(p => p.Region).Distinct().Count()));
            Assert.That(coverage.ColumnLabels[0], Does.StartWith(region));
            Assert.That(coverage.Values[0, 0], Is.EqualTo(expected).Within(1e-12));
        });
    }

    [Test]
    public void Region_similarity_equals_the_mean_of_the_analysis_pair_jaccards_when_every_pair_is_kept()
    {
        // The seeds keep every pair in the analysis, so the matrix-based region means can be checked against them.
        CorpusAnalysis seeds = SeedAnalysis.Load().Analysis;
        var charts = new AnalysisChartInputs(seeds, new ReportLabels(seeds.Corpus, seeds.Topics, ReportLanguage.Chinese), ReportText.Chinese, 2);
        HeatmapData similarity = charts.Similarity();
        var plans = seeds.Coverage.Matrix.Plans;
        string[] regions = plans.Select(p => p.Region).Distinct().ToArray();
        Assert.That(similarity.RowLabels, Has.Count.EqualTo(regions.Length));
        for (int a = 0; a < regions.Length; a++)
        {
            for (int b = 0; b < regions.Length; b++)
            {
                double[] pairs = seeds.Coverage.Similarities
                    .Where(s => s.DocumentIdA != s.DocumentIdB
                        && plans.Single(p => p.DocumentId == s.DocumentIdA).Region == regions[a]
                        && plans.Single(p => p.DocumentId == s.DocumentIdB).Region == regions[b]
                        && !double.IsNaN(s.Jaccard))
                    .Select(s => s.Jaccard).ToArray();
                double expected = pairs.Length == 0 ? double.NaN : pairs.Average();
                Assert.That(similarity.Values[a, b], Is.EqualTo(expected).Within(1e-12), $"{regions[a]} × {regions[b]}");
            }
        }
    }

    [Test]
    public void Chart_with_invalid_input_becomes_a_paragraph_naming_it_and_the_reason()
    {
        var data = new TargetDriftData("健康场所占比", "年份", "%", "%",
        [
            new TargetMark("湖南省 2016", 2016, 5, 1, TargetComparator.Range, null, 2020),
            new TargetMark("吉林省 2021", 2021, 10, null, TargetComparator.AtLeast, null, null),
        ]);
        ReportBlock block = ReportChart.Block(() => PolicyCharts.TargetDrift(data), "drift-m001", data.Title, "caption", ReportText.Chinese);
        Assert.That(block, Is.TypeOf<ChartNoticeBlock>());
        string text = ((ChartNoticeBlock)block).Text;
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("健康场所占比"));
            Assert.That(text, Does.Contain("湖南省 2016 has upper value 1 below its value 5"));
            Assert.That(text, Does.Contain("data/*.csv"));
            Assert.That(text, Does.Not.Contain("Parameter"));
        });
    }

    [Test]
    public void Chart_with_more_categories_than_drawable_is_refused_before_drawing_and_reported()
    {
        int bars = ChartTheme.MaxCategories + 1;
        var data = new StackedBarData("部门", "x", "y", Enumerable.Range(0, bars).Select(i => "地区" + i).ToArray(),
            [new BarSeries("牵头", Enumerable.Repeat(1.0, bars).ToArray())]);
        Assert.That(() => PolicyCharts.DepartmentLoad(data), Throws.ArgumentException.With.Message.Contain(bars + " bars"));
        ReportBlock block = ReportChart.Block(() => PolicyCharts.DepartmentLoad(data), "department-load", data.Title, "caption", ReportText.English);
        Assert.That(block, Is.TypeOf<ChartNoticeBlock>().And.Property("Text").Contain("could not be drawn (部门)"));
    }

    [Test]
    public void Drift_chart_of_many_plans_draws_unlabelled_marks_within_bounds()
    {
        TargetMark[] marks = Enumerable.Range(0, 300)
            .Select(i => new TargetMark("地区" + i + " " + (2015 + (i % 11)), 2015 + (i % 11), 50 + (i % 37), null, TargetComparator.AtLeast, null, null))
            .ToArray();
        ChartImage chart = PolicyCharts.TargetDrift(new TargetDriftData("覆盖率", "年份", "%", "%", marks));
        var labels = chart.DrawnLabels();
        Assert.Multiple(() =>
        {
            Assert.That(chart.Width, Is.LessThanOrEqualTo(ChartTheme.MaxSide));
            Assert.That(chart.Height, Is.LessThanOrEqualTo(ChartTheme.MaxSide));
            Assert.That(labels.Where(l => l.Role == "legend").Select(l => l.Text), Is.EqualTo(new[] { "≥" }), "only the comparator in the legend");
            Assert.That(labels.Count(l => l.Role == "annotation"), Is.Zero, "no per-mark labels");
            Assert.That(chart.ToPngBytes(), Is.Not.Empty);
        });
    }

    [Test]
    public void Many_plan_report_lists_and_readings_are_capped_with_a_line_naming_the_csv_and_are_deterministic()
    {
        var inputs = new ReportInputs(_analysis, [], []);
        var options = new ReportOptions();
        ReportDocument first = new ReportBuilder().Build(inputs, options);
        ReportDocument second = new ReportBuilder().Build(inputs, options);
        var renderer = new HtmlReportRenderer(embedFont: false);
        Assert.That(renderer.Render(second), Is.EqualTo(renderer.Render(first)), "same input, same report");

        ReportSection drift = first.Sections.Single(s => s.Id == "target-drift");
        int flags = _analysis.TargetDrift.Metrics.Sum(m => m.Flags.Count);
        ReportSection coverage = first.Sections.Single(s => s.Id == "coverage");
        Assert.Multiple(() =>
        {
            Assert.That(drift.Blocks.OfType<ListBlock>().Single().Items, Has.Count.EqualTo(Math.Min(flags, options.MaxTableRows)));
            if (flags > options.MaxTableRows)
            {
                Assert.That(drift.Blocks.OfType<ParagraphBlock>().Select(p => p.Text), Has.Some.Contain("data/drift-flags.csv").And.Contain(flags.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            TableBlock regions = coverage.Blocks.OfType<TableBlock>().Single();
            Assert.That(regions.Rows, Has.Count.EqualTo(options.MaxTableRows));
            Assert.That(regions.Caption, Does.Contain("data/coverage-regions.csv"));
            foreach (ReportSection topic in first.Sections.Single(s => s.Id == "topic-tasks").Subsections!)
            {
                Assert.That(topic.Blocks.OfType<TaskComparisonBlock>().Single().Plans, Has.Count.LessThanOrEqualTo(options.MaxPlansPerChart), topic.Heading);
            }
        });
    }

    [Test]
    public void Seed_report_keeps_one_chart_per_plan()
    {
        ReportInputs seeds = SeedAnalysis.Load();
        ReportDocument document = new ReportBuilder().Build(seeds, new ReportOptions());
        string[] stems = document.Charts().Select(c => c.FileStem).ToArray();
        int plans = seeds.Analysis.DepartmentLoad.Concentration.Count;
        Assert.Multiple(() =>
        {
            Assert.That(stems.Where(s => s.StartsWith("agencies-", StringComparison.Ordinal)),
                Is.EqualTo(Enumerable.Range(1, plans).Select(i => "agencies-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            Assert.That(document.Charts().Single(c => c.FileStem == "coverage-heatmap").AltText, Is.EqualTo(ReportText.Chinese.CoverageChartTitle));
            Assert.That(document.Charts().Single(c => c.FileStem == "region-similarity").AltText, Is.EqualTo(ReportText.Chinese.SimilarityChartTitle));
            Assert.That(document.ChartNotices(), Is.Empty);
        });
    }
}
