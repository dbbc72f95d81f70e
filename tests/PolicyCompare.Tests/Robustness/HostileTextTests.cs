using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Markdig;
using NUnit.Framework;
using PolicyCompare.Export;
using PolicyCompare.Tests.Cli;
using PolicyCompare.Tests.Parsing;
using CsvReader = PolicyCompare.Tests.Export.CsvReader;

namespace PolicyCompare.Tests.Robustness;

/// <summary>
/// Issue 10 §3 and §5: a planted plan (formulas, script tags, Markdown links, bare URLs in task text; a formula as a
/// manifest region) stays inert in every file of the report: CSV cells neutralised, JSON verbatim, HTML, SVG and
/// Markdown without live markup.
/// </summary>
[TestFixture]
[NonParallelizable] // redirects the process's console
public sealed class HostileTextTests
{
    private Scratch _scratch = null!;
    private string _report = null!;

    [OneTimeSetUp]
    public async Task WriteTheReport()
    {
        _scratch = new Scratch();
        var plans = _scratch.Path("plans");
        Directory.CreateDirectory(plans);
        File.WriteAllText(Path.Combine(plans, "planted.txt"), HostilePlan.Text);
        File.Copy(Path.Combine(SeedCorpus.Folder, "jilin-2021.txt"), Path.Combine(plans, "jilin-2021.txt"));
        File.WriteAllText(Path.Combine(plans, "corpus.json"), JsonSerializer.Serialize(new
        {
            documents = new object[]
            {
                new { id = "planted", file = "planted.txt", region = HostilePlan.Formula, level = "province", year = 2024 },
                new { id = "jilin-2021", file = "jilin-2021.txt", region = "吉林省", level = "province", year = 2021 },
            },
        }));
        _report = _scratch.Path("report");

        var (exitCode, _, error) = await CliRunner.RunAsync("report", plans, "--out", _report);

        Assert.That(exitCode, Is.Zero, error);
    }

    [OneTimeTearDown]
    public void TearDown() => _scratch.Dispose();

    [Test]
    public void The_planted_plan_parses_into_its_five_tasks_with_the_text_kept()
    {
        var document = TestPlans.Parse(HostilePlan.Text);

        Assert.That(document.Tasks, Has.Count.EqualTo(5));
        Assert.That(document.Tasks[0].Title, Does.StartWith(HostilePlan.Formula));
    }

    [Test]
    public void Every_csv_text_cell_that_could_start_a_formula_is_neutralised_and_numbers_stay_numbers()
    {
        var planted = 0;
        foreach (var file in Directory.GetFiles(Path.Combine(_report, "data"), "*.csv"))
        {
            foreach (var cell in CsvReader.Read(File.ReadAllText(file)).Skip(1).SelectMany(r => r))
            {
                if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
                {
                    Assert.That(double.TryParse(cell, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _), Is.True,
                        $"{Path.GetFileName(file)}: '{cell}' would be a live formula");
                }

                planted += cell.StartsWith("'" + HostilePlan.Formula, StringComparison.Ordinal) || cell.StartsWith("'@SUM", StringComparison.Ordinal) ? 1 : 0;
            }
        }

        var tasks = CsvReader.Read(File.ReadAllText(Path.Combine(_report, "data", "tasks.csv")));
        var title = tasks[0].IndexOf("title");
        Assert.That(tasks.Skip(1).Select(r => r[title]), Has.Some.StartsWith("'" + HostilePlan.Formula), "the planted formula, neutralised");
        Assert.That(planted, Is.GreaterThanOrEqualTo(3), "task titles, texts and the planted region");
    }

    [Test]
    public void Analysis_json_keeps_the_text_verbatim()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_report, "analysis.json")));
        var regions = json.RootElement.GetProperty("plans").EnumerateArray().Select(p => p.GetProperty("region").GetString()).ToArray();

        Assert.That(regions, Does.Contain(HostilePlan.Formula));
        Assert.That(File.ReadAllText(Path.Combine(_report, "analysis.json")), Does.Not.Contain("'" + HostilePlan.Formula));
    }

    [Test]
    public void The_html_report_has_no_markup_from_the_text()
    {
        var html = File.ReadAllText(Path.Combine(_report, "report.html"));
        var document = new HtmlParser().ParseDocument(html);

        Assert.Multiple(() =>
        {
            Assert.That(document.QuerySelectorAll("script").Select(s => s.TextContent), Has.None.Contains("alert"));
            Assert.That(document.QuerySelectorAll("img").Where(i => i.HasAttribute("onerror")), Is.Empty);
            Assert.That(document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")), Has.None.Contains("javascript").And.None.Contains("evil"));
            Assert.That(document.Body!.TextContent, Does.Contain(HostilePlan.Script), "shown as text");
        });
    }

    [Test]
    public void The_markdown_report_renders_no_link_or_html_from_the_text()
    {
        var markdown = File.ReadAllText(Path.Combine(_report, "report.md"));
        var rendered = Markdown.ToHtml(markdown, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());
        var document = new HtmlParser().ParseDocument(rendered);
        var hrefs = document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(document.QuerySelectorAll("script, img[onerror], iframe"), Is.Empty);
            Assert.That(hrefs, Has.All.Matches<string>(h => h.StartsWith('#') || h.StartsWith("charts/", StringComparison.Ordinal)), string.Join(" ", hrefs));
            Assert.That(document.Body!.TextContent, Does.Contain(HostilePlan.Script).And.Contain(HostilePlan.MarkdownLink).And.Contain("http://evil.example/x"), "shown as text");
        });
    }

    [Test]
    public void Every_svg_chart_is_well_formed_and_scriptless()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(_report, "charts"), "*.svg"))
        {
            var svg = XDocument.Load(file);
            Assert.That(svg.Descendants().Where(e => e.Name.LocalName is "script" or "foreignObject"), Is.Empty, Path.GetFileName(file));
            Assert.That(svg.Descendants().SelectMany(e => e.Attributes()).Where(a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal)), Is.Empty, Path.GetFileName(file));
        }
    }

    [TestCase("=1+1", "'=1+1")]
    [TestCase("+1", "'+1")]
    [TestCase("-1", "'-1")]
    [TestCase("@SUM(A1)", "'@SUM(A1)")]
    [TestCase("\t=1", "'\t=1")]
    [TestCase("\r=1", "'\r=1")]
    [TestCase("吉林省", "吉林省")]
    [TestCase("a=1", "a=1")]
    [TestCase("", "")]
    public void Text_cells_get_the_OWASP_apostrophe(string text, string expected) =>
        Assert.That(CsvTableWriter.Format(text), Is.EqualTo(expected));

    [Test]
    public void Number_cells_are_never_prefixed() =>
        Assert.That((CsvTableWriter.Format(-0.5), CsvTableWriter.Format(-3)), Is.EqualTo(("-0.5", "-3")));
}
