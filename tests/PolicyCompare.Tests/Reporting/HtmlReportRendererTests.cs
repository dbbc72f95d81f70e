using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NUnit.Framework;
using PolicyCompare.Reporting;
using SkiaSharp;

namespace PolicyCompare.Tests.Reporting;

[TestFixture]
public sealed class HtmlReportRendererTests
{
    private ReportDocument document = null!;
    private IDocument html = null!;
    private string source = null!;

    [OneTimeSetUp]
    public void Render()
    {
        document = SampleReport.Build();
        source = new HtmlReportRenderer().Render(document);
        html = new HtmlParser().ParseDocument(source);
    }

    [OneTimeTearDown]
    public void DisposeDocument() => html.Dispose();

    [Test]
    public void Every_chart_is_an_inline_png_data_uri_that_decodes()
    {
        var images = html.QuerySelectorAll("img").ToArray();

        Assert.That(images, Has.Length.EqualTo(document.Charts().Count()));
        foreach ((IElement image, ChartBlock chart) in images.Zip(document.Charts()))
        {
            string src = image.GetAttribute("src")!;
            Assert.That(src, Does.StartWith("data:image/png;base64,"));
            using SKBitmap bitmap = SKBitmap.Decode(Convert.FromBase64String(src["data:image/png;base64,".Length..]));
            Assert.That(bitmap.Width, Is.EqualTo(chart.Width * 2));
            Assert.That(image.GetAttribute("width"), Is.EqualTo(chart.Width.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(image.GetAttribute("alt"), Is.EqualTo(chart.AltText));
        }
    }

    [Test]
    public void Tables_are_rendered_with_header_and_every_cell()
    {
        IElement table = html.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")?.TextContent == "各地区主题覆盖");

        Assert.That(table.QuerySelectorAll("th").Select(th => th.TextContent), Is.EqualTo(new[] { "地区", "覆盖主题数", "备注" }));
        Assert.That(table.QuerySelectorAll("tbody tr"), Has.Length.EqualTo(2));
        Assert.That(table.QuerySelectorAll("td.num").Select(td => td.TextContent), Is.EqualTo(new[] { "31", "24" }));
    }

    [Test]
    public void Document_text_is_escaped_and_never_becomes_markup()
    {
        Assert.That(html.QuerySelectorAll("script"), Is.Empty);
        Assert.That(source, Does.Not.Contain("<script>"));
        Assert.That(source, Does.Contain("&lt;script&gt;"));
        IElement task = html.QuerySelectorAll(".plan li").First();
        Assert.That(task.TextContent, Is.EqualTo("（二）5" + SampleReport.HostileTask));
    }

    [Test]
    public void Key_terms_are_marked_in_task_texts()
    {
        string[] marked = html.QuerySelectorAll(".plan li mark").Select(m => m.TextContent).ToArray();

        Assert.That(marked, Is.EqualTo(new[] { "家庭医生", "签约服务", "家庭医生", "签约服务" }));
        Assert.That(html.QuerySelector(".plan .none")!.TextContent, Is.EqualTo("（本规划无此主题任务）"));
    }

    [Test]
    public void Table_of_contents_links_every_section()
    {
        string[] links = html.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")!).ToArray();
        string[] ids = html.QuerySelectorAll("section").Select(s => "#" + s.Id).ToArray();

        Assert.That(links, Is.EqualTo(ids));
        Assert.That(ids, Does.Contain("#topic-family-doctor"));
    }

    [Test]
    public void Page_is_self_contained()
    {
        Assert.That(html.QuerySelectorAll("link, script, iframe"), Is.Empty);
        Assert.That(html.QuerySelectorAll("[src]").Select(e => e.GetAttribute("src")), Is.All.StartsWith("data:"));
        Assert.That(source, Does.Not.Contain("http://").And.Not.Contain("https://"));
    }

    [Test]
    public void Embedded_font_subset_has_a_glyph_for_every_character_of_the_page()
    {
        const string marker = "src:url(data:font/ttf;base64,";
        int start = source.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        byte[] font = Convert.FromBase64String(source[start..source.IndexOf(')', start)]);
        using SKData data = SKData.CreateCopy(font);
        using SKTypeface typeface = SKTypeface.FromData(data);
        string pageText = html.Title + html.Body!.TextContent;

        Assert.That(font.Length, Is.LessThan(400_000), "a subset, not the 5 MB collection");
        Assert.That(pageText.Where(c => !char.IsWhiteSpace(c) && !char.IsSurrogate(c) && typeface.GetGlyph(c) == 0).Distinct(), Is.Empty);
        Assert.That(new HtmlReportRenderer(embedFont: false).Render(document), Does.Not.Contain("@font-face"));
    }

    [Test]
    public void Unknown_block_types_are_refused()
    {
        var broken = SampleReport.Build() with
        {
            Sections = [new ReportSection("x", "x", [new UnrenderableBlock()])],
        };

        Assert.That(() => new HtmlReportRenderer().Render(broken), Throws.TypeOf<NotSupportedException>());
        Assert.That(() => new MarkdownReportRenderer().Render(broken), Throws.TypeOf<NotSupportedException>());
    }

    [Test]
    public void Duplicate_section_ids_and_bad_slugs_are_rejected()
    {
        var duplicate = new ReportDocument("t", "zh", "目录", [new ReportSection("a", "A", []), new ReportSection("a", "B", [])]);
        var badSlug = new ReportDocument("t", "zh", "目录", [new ReportSection("A B", "A", [])]);

        Assert.That(() => new HtmlReportRenderer().Render(duplicate), Throws.ArgumentException.With.Message.Contains("twice"));
        Assert.That(() => new HtmlReportRenderer().Render(badSlug), Throws.ArgumentException.With.Message.Contains("slug"));
    }

    internal sealed record UnrenderableBlock : ReportBlock;
}
