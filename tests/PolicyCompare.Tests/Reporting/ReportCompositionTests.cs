using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NUnit.Framework;
using PolicyCompare.Reporting;
using PolicyCompare.Reporting.Composition;
using PolicyCompare.Export;

namespace PolicyCompare.Tests.Reporting;

/// <summary>The composed report of the five seed plans.</summary>
[TestFixture]
[NonParallelizable]
public sealed class ReportCompositionTests
{
    private string root = null!;
    private string folder = null!;
    private ReportDocument document = null!;

    [OneTimeSetUp]
    public void WriteSeedReport()
    {
        root = Path.Combine(Path.GetTempPath(), "pc-seed-report-" + Guid.NewGuid().ToString("N"));
        folder = Path.Combine(root, "report");
        document = new PolicyReportWriter().Write(folder, SeedAnalysis.Load(), new ReportOptions(), ReportFormats.All);
    }

    [OneTimeTearDown]
    public void DeleteReport() => Directory.Delete(root, recursive: true);

    [Test]
    public void Folder_holds_every_listed_file()
    {
        string[] files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).ToArray();

        Assert.That(files, Does.Contain("report.html").And.Contain("report.md").And.Contain("analysis.json"));
        foreach (string name in new[] { "tasks", "responsibilities", "targets", "topics", "alignments", "coverage-matrix", "drift-points", "load-agencies" })
        {
            Assert.That(files, Does.Contain($"data/{name}.csv"));
        }

        foreach (string stem in new[] { "coverage-heatmap", "region-similarity", "department-load", "topic-emphasis", "alignment-1", "task-map" })
        {
            Assert.That(files, Does.Contain($"charts/{stem}.png").And.Contain($"charts/{stem}.svg"));
        }
    }

    [Test]
    public void Html_holds_every_chart_and_table_and_a_section_per_metric()
    {
        using var html = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(folder, "report.html")));
        int tables = document.AllSections().SelectMany(s => s.Blocks).Count(b => b is TableBlock);

        Assert.That(html.QuerySelectorAll("img"), Has.Length.EqualTo(document.Charts().Count()));
        Assert.That(html.QuerySelectorAll("table"), Has.Length.EqualTo(tables));
        Assert.That(document.Sections.Select(s => s.Id), Is.SupersetOf(new[] { "summary", "coverage", "target-drift", "emphasis", "department-load", "topic-tasks", "methods" }));
        Assert.That(html.QuerySelectorAll("#topic-tasks mark"), Is.Not.Empty, "shared key terms are highlighted");
    }

    [Test]
    public void Readings_state_numbers_from_the_analysis()
    {
        var analysis = SeedAnalysis.Load().Analysis;
        string summary = ((ParagraphBlock)document.Sections[0].Blocks[0]).Text;
        int tasks = analysis.Corpus.Documents.Sum(d => d.Tasks.Count);

        Assert.That(summary, Does.Contain("5 份规划").And.Contain($"共 {tasks} 项任务").And.Contain("2016–2024"));
        string load = string.Concat(document.Sections.Single(s => s.Id == "department-load").Blocks.OfType<ParagraphBlock>().Select(p => p.Text));
        Assert.That(load, Does.Contain("荆门市 2017").And.Contain("未列明"), "Jingmen states no departments");
    }

    [Test]
    public void A_lead_share_resting_on_the_first_listed_convention_says_so()
    {
        string load = string.Concat(document.Sections.Single(s => s.Id == "department-load").Blocks.OfType<ParagraphBlock>().Select(p => p.Text));

        // Hubei 2024 ends every department list with 按职责分工负责 and marks no lead; Inner Mongolia 2016 states its own rule.
        Assert.That(load, Does.Contain("湖北省 2024 中牵头任务最多的是卫生健康委（占列明部门任务的 71.0%）。其中 22 项（共 22 项）规划未标明牵头单位"));
        Assert.That(load, Does.Contain("内蒙古自治区 2016 中牵头任务最多的是卫生健康委（占列明部门任务的 69.6%）。成都市"));
    }

    [Test]
    public void Csv_files_round_trip_to_the_analysis_tables()
    {
        foreach (ResultTable table in ReportDataFiles.Tables(SeedAnalysis.Load()))
        {
            byte[] written = File.ReadAllBytes(Path.Combine(folder, "data", table.Name + ".csv"));
            Assert.That(CsvTableWriter.FileEncoding.GetString(written).TrimStart('\uFEFF'), Is.EqualTo(CsvTableWriter.ToCsv(table)), table.Name);
        }
    }

    [Test]
    public void Analysis_json_is_the_core_analysis_json()
    {
        byte[] written = File.ReadAllBytes(Path.Combine(folder, "analysis.json"));
        using JsonDocument json = JsonDocument.Parse(written);

        Assert.That(written, Is.EqualTo(System.Text.Encoding.UTF8.GetBytes(AnalysisJson.Serialize(SeedAnalysis.Load().Analysis))));
        Assert.That(json.RootElement.GetProperty("topics").GetArrayLength(), Is.EqualTo(SeedAnalysis.Load().Analysis.Topics.Topics.Count));
        Assert.That(json.RootElement.TryGetProperty("departmentLoad", out _), Is.True);
    }

    [Test]
    public void A_second_run_gives_byte_identical_files()
    {
        string second = Path.Combine(root, "second");
        new PolicyReportWriter().Write(second, SeedAnalysis.Load(), new ReportOptions(), ReportFormats.All);

        foreach (string file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(folder, file);
            Assert.That(File.ReadAllBytes(Path.Combine(second, relative)), Is.EqualTo(File.ReadAllBytes(file)), relative);
        }
    }

    [Test]
    public void Seed_report_renders_in_chromium_with_every_image_loaded()
    {
        string html = Path.Combine(folder, "report.html");
        string probe = Path.Combine(root, "probe.html");
        const string script = "<script>window.addEventListener('load',function(){var i=Array.from(document.images);"
            + "document.body.setAttribute('data-images',String(i.length));"
            + "document.body.setAttribute('data-broken',String(i.filter(function(x){return !x.complete||x.naturalWidth===0;}).length));});</script>";
        File.WriteAllText(probe, File.ReadAllText(html).Replace("</body>", script + "</body>", StringComparison.Ordinal));

        using var dom = new HtmlParser().ParseDocument(HeadlessBrowser.DumpDom(probe));
        Assert.That(dom.Body!.GetAttribute("data-images"), Is.EqualTo(document.Charts().Count().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(dom.Body.GetAttribute("data-broken"), Is.EqualTo("0"));

        string screenshot = Path.Combine(root, "screenshot.png");
        HeadlessBrowser.Screenshot(html, screenshot);
        Assert.That(HeadlessBrowser.InkFraction(screenshot), Is.GreaterThan(0.03));
    }

    [Test]
    public void English_report_uses_english_headings()
    {
        ReportDocument english = new ReportBuilder().Build(SeedAnalysis.Load(), new ReportOptions { Language = ReportLanguage.English, MaxDriftCharts = 0 });

        Assert.That(english.Language, Is.EqualTo("en"));
        Assert.That(english.Sections.Select(s => s.Heading), Does.Contain("Topic coverage").And.Contain("Methods and settings"));
    }

    [Test]
    public void Invalid_options_are_rejected()
    {
        Assert.That(() => new ReportBuilder().Build(SeedAnalysis.Load(), new ReportOptions { MaxTableRows = 0 }),
            Throws.ArgumentException.With.Message.Contains("MaxTableRows"));
    }
}

[TestFixture]
public sealed class ReportingStageRegistrationTests
{
    [Test]
    public void Stage_resolves_the_report_writer_and_validates_options()
    {
        var services = new ServiceCollection();
        services.AddReportingStage(o => o.MaxTableRows = 0);
        using ServiceProvider provider = services.BuildServiceProvider();

        Assert.That(provider.GetService<PolicyReportWriter>(), Is.Not.Null);
        Assert.That(() => provider.GetRequiredService<IOptions<ReportOptions>>().Value, Throws.TypeOf<OptionsValidationException>());
    }
}
