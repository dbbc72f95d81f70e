using Microsoft.DotNet.Interactive.Formatting;
using NUnit.Framework;
using PolicyCompare.Analysis;
using PolicyCompare.Documents;
using PolicyCompare.Interactive;
using PolicyCompare.Reporting;
using PolicyCompare.Reporting.Composition;
using PolicyCompare.Tests.Reporting;

namespace PolicyCompare.Tests.Interactive;

/// <summary>What a notebook shows for each result once <see cref="PolicyFormatters"/> are registered.</summary>
[TestFixture]
public sealed class PolicyFormattersTests
{
    private static CorpusAnalysis Analysis => SeedAnalysis.Load().Analysis;

    [OneTimeSetUp]
    public void Register() => new PolicyCompareKernelExtension().OnLoadAsync(new Microsoft.DotNet.Interactive.CompositeKernel()).GetAwaiter().GetResult();

    private static string Html(object value) => value.ToDisplayString(HtmlFormatter.MimeType);

    [Test]
    public void A_chart_displays_as_an_inline_png_at_its_css_size()
    {
        var chart = Analysis.Charts(ReportLanguage.English).CoverageHeatmap();
        var html = Html(chart);
        Assert.That(html, Does.StartWith("<img src=\"data:image/png;base64,iVBORw0KGgo"));
        Assert.That(html, Does.Contain($"width=\"{chart.Width}\" height=\"{chart.Height}\""));
        Assert.That(html, Does.Not.Contain("PixelScale"), "not the property tree");
    }

    [Test]
    public void A_plan_displays_as_its_facts_and_a_task_table()
    {
        var jilin = Analysis.Corpus["jilin-2021"];
        var html = Html(jilin);
        Assert.That(html, Does.Contain("<table class=\"policycompare\">"));
        Assert.That(html, Does.Contain("20 tasks"));
        Assert.That(html, Does.Contain(jilin.Tasks[16].Title));
        Assert.That(html, Does.Contain("省卫生健康委"), "the lead department as written");
    }

    [Test]
    public void A_long_task_list_is_cut_with_the_count_of_the_rest()
    {
        IEnumerable<PolicyTask> tasks = Analysis.Corpus.Documents.SelectMany(d => d.Tasks).ToList();
        var html = Html(tasks);
        Assert.That(html, Does.Contain("146 tasks"));
        Assert.That(html.Split("<tr>").Length - 1, Is.EqualTo(1 + 25 + 1), "header, 25 rows, the closing line");
        Assert.That(html, Does.Contain("… and 121 more rows"));
    }

    [Test]
    public void One_row_is_not_called_rows() =>
        Assert.That(HtmlTable.Plural(1, "more row"), Is.EqualTo("1 more row"));

    [Test]
    public void Topics_coverage_drift_and_load_display_as_compact_tables()
    {
        Assert.That(Html(Analysis.Topics), Does.Contain($"{Analysis.Topics.Topics.Count} topics").And.Contain(Analysis.Topics.Topics[0].Label));
        Assert.That(Html(Analysis.Coverage), Does.Contain("Topic coverage").And.Contain("吉林省 2021"));
        Assert.That(Html(Analysis.TargetDrift), Does.Contain("target metrics"));
        var load = Html(Analysis.DepartmentLoad);
        Assert.That(load, Does.Contain("not stated"), "Jingmen 2017 names no department");
        Assert.That(load, Does.Contain("lead 1, co-responsible 0.5, participating 0.25"));
    }

    [Test]
    public void An_analysis_displays_as_a_summary_with_links_to_its_parts()
    {
        var html = Html(Analysis);
        Assert.That(html, Does.Contain("5 plans, 146 tasks"));
        Assert.That(html, Does.Match("href=\"#policycompare-[0-9]+-coverage\""));
        Assert.That(html, Does.Match("id=\"policycompare-[0-9]+-coverage\""));
        // The nested object tree ran to 1.7 MB; the summary is a few tables.
        Assert.That(html.Length, Is.LessThan(60_000));
    }

    [Test]
    public void Customize_restyles_the_scottplot_plot_behind_a_chart()
    {
        var chart = Analysis.Charts(ReportLanguage.English).RegionSimilarity();
        var before = chart.ToSvg();
        var returned = chart.Customize(plot => plot.Axes.Title.Label.Text = "My title");
        Assert.That(returned, Is.SameAs(chart));
        Assert.That(chart.Plot.Axes.Title.Label.Text, Is.EqualTo("My title"));
        Assert.That(chart.ToSvg(), Is.Not.EqualTo(before));
    }
}
