using AngleSharp.Html.Parser;
using Markdig;
using NUnit.Framework;
using PolicyCompare.Reporting;
using PolicyCompare.Reporting.Composition;

namespace PolicyCompare.Tests.Reporting;

/// <summary>The seed report's Markdown read by a CommonMark parser (Markdig, with pipe tables as GitHub renders them).</summary>
public sealed class MarkdownCommonMarkTests
{
    [Test]
    public void SeedReport_RendersWithoutStrayAsterisks_AndEveryKeyTermIsEmphasis()
    {
        string markdown = new MarkdownReportRenderer().Render(new ReportBuilder().Build(SeedAnalysis.Load(), new ReportOptions()));
        string html = Markdown.ToHtml(markdown, new MarkdownPipelineBuilder().UsePipeTables().Build());
        var document = new HtmlParser().ParseDocument(html);
        Assert.Multiple(() =>
        {
            Assert.That(markdown, Does.Not.Contain("****"));
            Assert.That(document.Body!.TextContent, Does.Not.Contain("**"), "bold markers CommonMark did not take as emphasis");
            Assert.That(document.QuerySelectorAll("strong"), Is.Not.Empty);
            Assert.That(document.QuerySelectorAll("table"), Is.Not.Empty);
        });
    }
}
