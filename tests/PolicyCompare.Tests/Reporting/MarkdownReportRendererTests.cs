using NUnit.Framework;
using PolicyCompare.Reporting;

namespace PolicyCompare.Tests.Reporting;

[TestFixture]
public sealed class MarkdownReportRendererTests
{
    private string markdown = null!;

    [OneTimeSetUp]
    public void Render() => markdown = new MarkdownReportRenderer().Render(SampleReport.Build());

    [Test]
    public void Table_cells_escape_pipes_and_line_breaks()
    {
        string[] lines = markdown.Split('\n');
        int header = Array.IndexOf(lines, "| 地区 | 覆盖主题数 | 备注 |");

        Assert.That(header, Is.GreaterThan(0));
        Assert.That(lines[header + 1], Is.EqualTo("| --- | ---: | --- |"));
        Assert.That(lines[header + 2], Is.EqualTo("| 吉林省 2021 | 31 | 含\\|竖线 |"));
        Assert.That(lines[header + 3], Is.EqualTo("| 荆门市 2017 | 24 | 第一行<br>第二行 |"));
    }

    [Test]
    public void Charts_are_linked_pngs_with_their_svg()
    {
        Assert.That(markdown, Does.Contain("![各地区主题覆盖（任务数）](charts/coverage.png)"));
        Assert.That(markdown, Does.Contain("([SVG](charts/coverage.svg))"));
        Assert.That(markdown, Does.Contain("](charts/drift-family-doctor.png)"));
    }

    [Test]
    public void Document_text_cannot_inject_markup_and_key_terms_are_bold()
    {
        Assert.That(markdown, Does.Not.Contain("<script>"));
        Assert.That(markdown, Does.Contain("推进&lt;script&gt;alert\\('x'\\)&lt;/script&gt;**家庭医生签约服务** &amp; \"重点人群\" \\| 覆盖率"));
    }

    [Test]
    public void Adjacent_key_terms_are_one_bold_run_never_four_asterisks() =>
        Assert.That(markdown, Does.Not.Contain("****"));

    [Test]
    public void Sections_have_anchors_matching_the_table_of_contents()
    {
        Assert.That(markdown, Does.Contain("- [主题覆盖](#coverage)"));
        Assert.That(markdown, Does.Contain("  - [家庭医生签约服务](#topic-family-doctor)"));
        Assert.That(markdown, Does.Contain("<a id=\"topic-family-doctor\"></a>\n\n### 家庭医生签约服务"));
    }
}
