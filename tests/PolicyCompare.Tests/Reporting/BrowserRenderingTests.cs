using AngleSharp.Html.Parser;
using NUnit.Framework;
using PolicyCompare.Reporting;
using SkiaSharp;

namespace PolicyCompare.Tests.Reporting;

/// <summary>Opens a report written by <see cref="ReportFolderWriter"/> in headless chromium.</summary>
[TestFixture]
[NonParallelizable]
public sealed class BrowserRenderingTests
{
    private string root = null!;
    private string reportHtml = null!;

    [OneTimeSetUp]
    public void WriteReport()
    {
        root = Path.Combine(Path.GetTempPath(), "pc-browser-tests-" + Guid.NewGuid().ToString("N"));
        string folder = Path.Combine(root, "report");
        new ReportFolderWriter().Write(folder, SampleReport.Build(), [], ReportFormats.Html);
        reportHtml = Path.Combine(folder, "report.html");
    }

    [OneTimeTearDown]
    public void DeleteReport() => Directory.Delete(root, recursive: true);

    [Test]
    public void Screenshot_of_the_report_is_not_blank()
    {
        string png = Path.Combine(root, "screenshot.png");
        HeadlessBrowser.Screenshot(reportHtml, png);

        using (SKBitmap bitmap = SKBitmap.Decode(png))
        {
            Assert.That((bitmap.Width, bitmap.Height), Is.EqualTo((1280, 2000)));
        }

        // Text, table borders and the inline heatmap cover well over 3 % of a 1280×2000 page.
        Assert.That(HeadlessBrowser.InkFraction(png), Is.GreaterThan(0.03));
    }

    [Test]
    public void Every_image_loads_in_the_browser()
    {
        // A copy of the page with a probe that records, after load, how many images decoded.
        string probe = Path.Combine(Path.GetDirectoryName(reportHtml)!, "probe.html");
        const string script = """
            <script>
            window.addEventListener('load', function () {
              var images = Array.from(document.images);
              var broken = images.filter(function (i) { return !i.complete || i.naturalWidth === 0; }).length;
              document.body.setAttribute('data-images', String(images.length));
              document.body.setAttribute('data-broken', String(broken));
            });
            </script>
            """;
        File.WriteAllText(probe, File.ReadAllText(reportHtml).Replace("</body>", script + "</body>", StringComparison.Ordinal));

        string dom = HeadlessBrowser.DumpDom(probe);

        using var document = new HtmlParser().ParseDocument(dom);
        Assert.That(document.Body!.GetAttribute("data-images"), Is.EqualTo(SampleReport.Build().Charts().Count().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(document.Body.GetAttribute("data-broken"), Is.EqualTo("0"));
    }
}
