using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using NUnit.Framework;
using PolicyCompare.Analysis;

namespace PolicyCompare.Tests.Docs;

/// <summary>The README's library example is run as written, so the documentation cannot drift from the API.</summary>
[TestFixture]
[NonParallelizable] // the example uses paths relative to the working directory
public sealed partial class ReadmeSnippetTests
{
    [Test]
    public async Task The_library_example_runs_on_the_seeds()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(TestContext.CurrentContext.TestDirectory, "README.md"));
        var library = readme[readme.IndexOf("\n## Library", StringComparison.Ordinal)..];
        // C# scripts have no top-level `using var` declaration; in a program it disposes the provider at the end.
        var snippet = CSharpBlock().Match(library).Groups["code"].Value.Replace("using var ", "var ", StringComparison.Ordinal);
        Assert.That(snippet, Does.Contain("AddPolicyCompare()"));

        var scratch = Path.Combine(Path.GetTempPath(), "policycompare-readme-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(scratch);
        CopyDirectory(Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds"), Path.Combine(scratch, "seeds"));
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = scratch;
        try
        {
            var options = ScriptOptions.Default
                .AddReferences(typeof(PolicyAnalyzer).Assembly, typeof(Microsoft.Extensions.DependencyInjection.ServiceCollection).Assembly, typeof(Microsoft.Data.Analysis.DataFrame).Assembly)
                .AddImports("System", "System.IO", "System.Linq", "System.Collections.Generic", "System.Threading.Tasks");
            var state = await CSharpScript.RunAsync(snippet, options);

            var analysis = (CorpusAnalysis)state.GetVariable("analysis").Value;
            Assert.That(analysis.Corpus.Documents, Has.Count.EqualTo(5));
            Assert.That(Directory.GetFiles(Path.Combine(scratch, "out", "data"), "*.csv"), Is.Not.Empty);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
            Directory.Delete(scratch, recursive: true);
        }
    }

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
}
