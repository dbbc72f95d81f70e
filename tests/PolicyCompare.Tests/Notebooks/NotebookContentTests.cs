using System.Text.Json.Nodes;
using NUnit.Framework;
using PolicyCompare.Tests.Packaging;

namespace PolicyCompare.Tests.Notebooks;

/// <summary>The committed notebooks: the five there should be, their package references, prose and outputs.</summary>
[TestFixture]
public sealed class NotebookContentTests
{
    private static IEnumerable<string> Notebooks() => NotebookTests.Notebooks();

    [Test]
    public void The_five_notebooks_are_there() =>
        Assert.That(NotebookTests.Notebooks(), Is.EqualTo(new[] { "01-quickstart.ipynb", "02-coverage.ipynb", "03-target-drift.ipynb", "04-department-load.ipynb", "05-your-own-corpus.ipynb" }));

    [TestCaseSource(nameof(Notebooks))]
    public void The_committed_notebook_shows_its_outputs_and_references_the_packages(string name)
    {
        var notebook = JsonNode.Parse(File.ReadAllText(NotebookTests.NotebookPath(name)))!;
        var cells = notebook["cells"]!.AsArray();
        var code = cells.Where(c => (string?)c!["cell_type"] == "code").ToList();
        var version = LocalFeed.VersionPrefix(LocalFeed.FindRepository());

        Assert.That(NotebookTests.Source(code[0]!), Is.EqualTo($"#i \"nuget: {NotebookTests.NotebookFeed}\"\n#r \"nuget: PolicyCompare, {version}\"\n#r \"nuget: PolicyCompare.Interactive, {version}\""),
            "the first cell references the packages of the version in Directory.Build.props");
        Assert.That(cells.Count(c => (string?)c!["cell_type"] == "markdown"), Is.GreaterThanOrEqualTo(code.Count - 1), "prose between the cells");
        var outputs = code.SelectMany(c => c!["outputs"]!.AsArray()).ToList();
        Assert.That(outputs.Where(o => (string?)o!["output_type"] == "error"), Is.Empty, "no failed cell in the committed outputs");
        Assert.That(code.Skip(1).Where(c => !NotebookTests.Source(c!).TrimEnd().EndsWith(';')).All(c => c!["outputs"]!.AsArray().Count > 0), Is.True,
            "every cell that ends in a value shows its output");
        Assert.That(outputs.Any(o => o!.ToJsonString().Contains("policycompare", StringComparison.Ordinal)), Is.True, "PolicyCompare.Interactive's tables");
    }
}
