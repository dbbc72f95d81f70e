using System.Text.Json;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using NUnit.Framework;
using PolicyCompare.Analysis;
using PolicyCompare.Charts;

using PolicyCompare.Reporting;

namespace PolicyCompare.Tests.Notebooks;

/// <summary>
/// Runs the C# cells of every notebook in order, as the .NET Interactive C# kernel does (C# script semantics), against
/// the libraries under test. The kernel's <c>#i</c>/<c>#r</c> package directives are dropped because the test process
/// already has the assemblies; <c>display</c> and <c>HTML</c> are supplied by <see cref="NotebookGlobals"/>.
/// </summary>
[TestFixture]
[NonParallelizable] // the notebooks use paths relative to their own folder, so the working directory is changed
public sealed class NotebookTests
{
    private static IEnumerable<string> Notebooks() =>
        Directory.GetFiles(Path.Combine(TestContext.CurrentContext.TestDirectory, "notebooks"), "*.ipynb").Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(Notebooks))]
    public async Task Every_code_cell_runs_in_order(string notebook)
    {
        var cells = CodeCells(notebook);
        Assert.That(cells, Is.Not.Empty);

        var options = ScriptOptions.Default
            .AddReferences(typeof(PolicyAnalyzer).Assembly, typeof(AnalysisCharts).Assembly, typeof(Microsoft.Data.Analysis.DataFrame).Assembly)
            .AddImports("System", "System.IO", "System.Linq", "System.Collections.Generic", "System.Threading.Tasks");
        var globals = new NotebookGlobals();
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = Path.GetDirectoryName(notebook)!;
        try
        {
            ScriptState<object>? state = null;
            for (var i = 0; i < cells.Count; i++)
            {
                try
                {
                    state = state is null
                        ? await CSharpScript.RunAsync(cells[i], options, globals)
                        : await state.ContinueWithAsync(cells[i], options);
                }
                catch (CompilationErrorException e)
                {
                    Assert.Fail($"{Path.GetFileName(notebook)} cell {i + 1} does not compile: {string.Join("; ", e.Diagnostics)}");
                }

                if (state!.ReturnValue is { } value)
                {
                    globals.display(value);
                }
            }
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }

        Assert.That(globals.Displayed, Is.Not.Empty, "the notebook shows results");
        Assert.That(globals.Html.Any(h => h.Contains("<svg", StringComparison.Ordinal)), Is.True, "the notebook draws at least one chart");
    }

    /// <summary>The source of each C# code cell, without .NET Interactive's package directives.</summary>
    private static List<string> CodeCells(string notebook)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(notebook));
        return document.RootElement.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("cell_type").GetString() == "code")
            .Select(c => string.Concat(c.GetProperty("source").EnumerateArray().Select(s => s.GetString())))
            .Select(source => string.Join('\n', source.Split('\n').Where(line => !line.TrimStart().StartsWith("#i ", StringComparison.Ordinal) && !line.TrimStart().StartsWith("#r ", StringComparison.Ordinal))))
            .Where(source => !string.IsNullOrWhiteSpace(source))
            .ToList();
    }
}

/// <summary>The two .NET Interactive helpers the notebooks use; names match the kernel's, hence lower-case <c>display</c>.</summary>
public sealed class NotebookGlobals
{
    public List<object> Displayed { get; } = [];

    public List<string> Html { get; } = [];

#pragma warning disable IDE1006 // the kernel's own spelling
    public object display(object value)
    {
        // Enumerables are materialized, as the kernel's formatter would, so lazy queries in cells really run.
        Displayed.Add(value is System.Collections.IEnumerable sequence and not string ? sequence.Cast<object>().ToList() : value);
        return value;
    }
#pragma warning restore IDE1006

    public HtmlString HTML(string html)
    {
        Html.Add(html);
        return new HtmlString(html);
    }
}

/// <summary>Stands for the kernel's HTML content wrapper.</summary>
public sealed record HtmlString(string Value);
