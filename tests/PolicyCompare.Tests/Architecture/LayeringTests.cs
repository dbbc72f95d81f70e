using System.Reflection;

using NUnit.Framework;

using PolicyCompare.Analysis;
using PolicyCompare.Charts;
using PolicyCompare.Reporting;

namespace PolicyCompare.Tests.Architecture;

/// <summary>
/// The package layering the README promises: the core draws nothing, charts draw pictures without composing
/// documents, and reporting composes documents from the two.
/// </summary>
public sealed class LayeringTests
{
    private static string[] References(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty).Order(StringComparer.Ordinal).ToArray();

    [Test]
    public void Core_references_no_drawing_console_or_reporting_assembly()
    {
        var references = References(typeof(PolicyAnalyzer).Assembly);
        Assert.That(references, Has.None.StartsWith("ScottPlot").And.None.StartsWith("SkiaSharp")
            .And.None.StartsWith("Spectre").And.None.StartsWith("PolicyCompare.Charts").And.None.StartsWith("PolicyCompare.Reporting"));
    }

    [Test]
    public void Charts_draw_pictures_and_do_not_compose_reports()
    {
        var charts = typeof(PolicyCharts).Assembly;
        Assert.That(References(charts), Has.None.StartsWith("PolicyCompare.Reporting").And.None.StartsWith("Spectre"));
        Assert.That(charts.GetTypes().Select(t => t.Namespace ?? string.Empty), Has.None.Contains("Reporting"));
    }

    [Test]
    public void Reporting_composes_documents_from_the_core_and_the_charts()
    {
        var references = References(typeof(ReportDocument).Assembly);
        Assert.That(references, Does.Contain("PolicyCompare").And.Contain("PolicyCompare.Charts"));
        Assert.That(references, Has.None.StartsWith("Spectre").And.None.StartsWith("System.CommandLine"));
    }
}
