using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using NUnit.Framework;
using PolicyCompare.Analysis;
using PolicyCompare.Cli.Commands;

namespace PolicyCompare.Tests.Docs;

/// <summary>
/// Every C# snippet of the README runs as written, with only the usings a console project has implicitly, so the
/// documentation cannot drift from the API; the command-line section names every command and option.
/// </summary>
[TestFixture]
[NonParallelizable] // the snippets use paths relative to the working directory
public sealed partial class ReadmeSnippetTests
{
    /// <summary>The snippet run as a file-based app by the packaging test, not as a script.</summary>
    internal const string FileBasedAppMarker = "#:package ";

    private static string Readme => File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "README.md"));

    /// <summary>
    /// The README sections whose C# snippets are complete programs a reader copies (the others show a call in passing,
    /// e.g. a model folder the reader has to supply).
    /// </summary>
    private static readonly string[] RunnableSections = ["Use it from code", "Plug in another embedding model", "Add an agency alias", "Alignment"];

    /// <summary>The ```csharp blocks of those README sections and of the packages' readme, named by the heading above them.</summary>
    public static IEnumerable<TestCaseData> Snippets() =>
        SnippetsOf(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md")), "README", RunnableSections)
            .Concat(SnippetsOf(File.ReadAllText(Path.Combine(Packaging.LocalFeed.FindRepository(), "src", "PackageReadme.md")), "package readme", null));

    private static IEnumerable<TestCaseData> SnippetsOf(string readme, string source, string[]? sections)
    {
        var index = 0;
        foreach (Match block in CSharpBlock().Matches(readme))
        {
            var code = block.Groups["code"].Value;
            if (code.StartsWith(FileBasedAppMarker, StringComparison.Ordinal))
            {
                continue;
            }

            var heading = Heading().Matches(readme[..block.Index]).Last().Groups["title"].Value;
            if (sections is not null && !sections.Contains(heading, StringComparer.Ordinal))
            {
                continue;
            }

            yield return new TestCaseData(code).SetArgDisplayNames($"{source} {++index}: {heading}");
        }
    }

    [TestCaseSource(nameof(Snippets))]
    public async Task The_snippet_runs_as_written(string snippet)
    {
        var scratch = Path.Combine(Path.GetTempPath(), "policycompare-readme-" + Guid.NewGuid().ToString("N"));
        CopyDirectory(Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds"), Path.Combine(scratch, "seeds"));
        CopyDirectory(Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds"), Path.Combine(scratch, "plans")); // the packages' readme says "plans"
        var gold = Path.Combine(scratch, "tests", "PolicyCompare.Tests", "TestData");
        Directory.CreateDirectory(gold);
        File.Copy(Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "dev-gold.tsv"), Path.Combine(gold, "dev-gold.tsv"));
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = scratch;
        try
        {
            // A script has no top-level `using var`; in a program it disposes at the end, which changes nothing here.
            var state = await CSharpScript.RunAsync(snippet.Replace("using var ", "var ", StringComparison.Ordinal), Options());

            if (state.Variables.FirstOrDefault(v => v.Name == "analysis")?.Value is CorpusAnalysis analysis)
            {
                Assert.That(analysis.Corpus.Documents, Has.Count.GreaterThanOrEqualTo(2));
            }

            foreach (Match saved in SavedFile().Matches(snippet))
            {
                Assert.That(File.Exists(Path.Combine(scratch, saved.Groups["path"].Value)), Is.True, saved.Value);
            }

            if (snippet.Contains("WriteCsv(\"out/data\")", StringComparison.Ordinal))
            {
                Assert.That(Directory.GetFiles(Path.Combine(scratch, "out", "data"), "*.csv"), Is.Not.Empty);
            }
        }
        catch (CompilationErrorException e)
        {
            Assert.Fail("The README snippet does not compile as written: " + string.Join("; ", e.Diagnostics));
        }
        finally
        {
            Environment.CurrentDirectory = previous;
            Directory.Delete(scratch, recursive: true);
        }
    }

    [Test]
    public void There_are_snippets_for_code_alignment_and_embedding() =>
        Assert.That(Snippets().Count(), Is.GreaterThanOrEqualTo(6));

    [Test]
    public void The_command_line_section_names_every_command_and_option()
    {
        var section = Readme[Readme.IndexOf("\n## Command line", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 1, StringComparison.Ordinal)];
        var root = PolicyCompareCommandLine.Create();
        foreach (var command in root.Subcommands)
        {
            var usage = section.Split('\n').FirstOrDefault(l => l.StartsWith("policycompare " + command.Name + " ", StringComparison.Ordinal));
            Assert.That(usage, Is.Not.Null, $"a usage line for {command.Name}");
            var lines = string.Join(' ', section.Split('\n').SkipWhile(l => l != usage).TakeWhile(l => l == usage || l.StartsWith("    ", StringComparison.Ordinal)));
            foreach (var option in command.Options.Where(o => o.Name.StartsWith("--", StringComparison.Ordinal)))
            {
                Assert.That(lines, Does.Contain(option.Name), $"{command.Name} {option.Name} in its usage line");
                Assert.That(section, Does.Contain($"`{option.Name}"), $"{option.Name} explained in the option table");
            }
        }

        Assert.That(section, Does.Contain("--version"));
        Assert.That(section, Does.Contain("Exit codes"));
    }

    [Test]
    public void The_notebook_section_shows_the_notebooks_package_references()
    {
        var section = Readme[Readme.IndexOf("\n## Use it in a notebook", StringComparison.Ordinal)..];
        var notebook = File.ReadAllText(Path.Combine(Packaging.LocalFeed.FindRepository(), "notebooks", "01-quickstart.ipynb"));
        foreach (Match reference in PackageReference().Matches(section))
        {
            Assert.That(notebook, Does.Contain(reference.Value.Replace("\"", "\\\"", StringComparison.Ordinal)), reference.Value);
        }

        Assert.That(PackageReference().Matches(section), Has.Count.EqualTo(2));
    }

    /// <summary>The references and imports a console project has: the packages' assemblies and its implicit usings.</summary>
    private static ScriptOptions Options() => ScriptOptions.Default
        .AddReferences(
            typeof(PolicyAnalyzer).Assembly,
            typeof(PolicyCompare.Charts.ChartImage).Assembly,
            typeof(PolicyCompare.Reporting.AnalysisCharts).Assembly,
            typeof(ScottPlot.Plot).Assembly,
            typeof(Microsoft.Extensions.AI.Embedding<float>).Assembly,
            typeof(Microsoft.Extensions.DependencyInjection.ServiceCollection).Assembly,
            typeof(Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions).Assembly,
            typeof(Microsoft.Data.Analysis.DataFrame).Assembly)
        .AddImports("System", "System.IO", "System.Linq", "System.Collections.Generic", "System.Net.Http", "System.Threading", "System.Threading.Tasks");

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }

    [GeneratedRegex("```csharp\\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    [GeneratedRegex("^#+ (?<title>.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex("Save(Png|Svg)\\(\"(?<path>[^\"]+)\"\\)")]
    private static partial Regex SavedFile();

    [GeneratedRegex("#r \"nuget: [^\"]+\"")]
    private static partial Regex PackageReference();
}
