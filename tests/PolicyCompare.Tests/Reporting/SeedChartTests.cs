using NUnit.Framework;
using PolicyCompare.Charts;
using PolicyCompare.Charts.Rendering;
using PolicyCompare.Reporting.Composition;
using PolicyCompare.Tests.Charts;

namespace PolicyCompare.Tests.Reporting;

/// <summary>The report's charts drawn from the real seed analysis: labels clear of each other and every glyph in the font.</summary>
[TestFixture]
[NonParallelizable]
public sealed class SeedChartTests
{
    private static IEnumerable<(string Name, ChartImage Chart)> SeedCharts()
    {
        ReportInputs inputs = SeedAnalysis.Load();
        var analysis = inputs.Analysis;
        var charts = new AnalysisChartInputs(analysis, new ReportLabels(analysis.Corpus, analysis.Topics, ReportLanguage.Chinese), ReportText.Chinese, new ReportOptions().MaxPlansPerChart);
        yield return ("coverage", PolicyCharts.CoverageHeatmap(charts.Coverage()));
        yield return ("similarity", PolicyCharts.RegionSimilarityHeatmap(charts.Similarity()));
        yield return ("load", PolicyCharts.DepartmentLoad(charts.LoadByPlan()!));
        yield return ("emphasis", PolicyCharts.TopicEmphasis(charts.Emphasis()));
        yield return ("alignment", PolicyCharts.AlignmentHeatmap(charts.Alignment(inputs.Alignments[0])));
        foreach (var plan in analysis.DepartmentLoad.Concentration)
        {
            yield return ("agencies " + plan.Plan.DocumentId, PolicyCharts.DepartmentLoad(charts.AgenciesOf(plan.Plan, 12)));
        }

        foreach (var metric in analysis.TargetDrift.Metrics.Where(m => m.PlanCount >= 2))
        {
            if (charts.Drift(metric) is { } drift)
            {
                yield return ("drift " + metric.Id, PolicyCharts.TargetDrift(drift));
            }
        }
    }

    [Test]
    public void Seed_charts_have_clear_tick_labels_and_every_glyph()
    {
        var charts = SeedCharts().ToArray();
        Assert.That(charts.Select(c => c.Name), Has.Some.StartsWith("drift "), "the seeds share at least one metric");
        foreach ((string name, ChartImage chart) in charts)
        {
            TickLabelOverlapTests.AssertTickLabelsClear(chart);
            IReadOnlyList<DrawnLabel> labels = chart.DrawnLabels();
            Assert.That(labels.Where(l => l.FontName != ChartFont.FamilyName), Is.Empty, name);
            Assert.That(labels.SelectMany(l => ChartFont.MissingCharacters(l.Text).Select(c => $"{name} {l.Role}: '{c}' in {l.Text}")), Is.Empty);
        }
    }
}
