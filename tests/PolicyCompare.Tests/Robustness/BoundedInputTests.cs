using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using PolicyCompare.Analysis;
using PolicyCompare.Corpus;
using PolicyCompare.DependencyInjection;
using PolicyCompare.Tests.Cli;
using PolicyCompare.Tests.Parsing;

namespace PolicyCompare.Tests.Robustness;

/// <summary>Issue 10 §4: a per-document size limit and a per-corpus task limit for clustering, each naming its option.</summary>
[TestFixture]
[NonParallelizable] // the CLI tests redirect the process's console
public sealed class BoundedInputTests
{
    private Scratch _scratch = null!;

    [SetUp]
    public void SetUp() => _scratch = new Scratch();

    [TearDown]
    public void TearDown() => _scratch.Dispose();

    /// <summary>The seeds plus a 21 MB document (sparse: the limit is checked before a byte is read).</summary>
    private string FolderWithAnOversizedDocument()
    {
        var plans = _scratch.SeedCopy();
        using (var huge = new FileStream(Path.Combine(plans, "huge.txt"), FileMode.CreateNew))
        {
            huge.SetLength(21L * 1024 * 1024);
        }

        return plans;
    }

    [Test]
    public void An_oversized_document_is_skipped_with_the_limit_and_the_option_named()
    {
        var plans = FolderWithAnOversizedDocument();

        var corpus = PolicyAnalyzer.Create().Load([plans]);

        Assert.That(corpus.Documents, Has.Count.EqualTo(5));
        var skipped = corpus.Skipped.Single();
        Assert.That(Path.GetFileName(skipped.Path), Is.EqualTo("huge.txt"));
        Assert.That(skipped.Reason, Is.EqualTo("the file is 21 MB, over the document size limit of 20 MB (--max-document-size, CorpusOptions.MaxDocumentBytes); raise the limit to read it."));
    }

    [Test]
    public async Task The_size_limit_is_a_cli_option_in_megabytes()
    {
        var plans = _scratch.SeedCopy();

        // Inner Mongolia 2016 is 32 KB, the largest seed; the others are smaller than 0.03 MB.
        var (exitCode, output, error) = await CliRunner.RunAsync("parse", plans, "--max-document-size", "0.03");
        var (strictCode, _, strictError) = await CliRunner.RunAsync("parse", plans, "--max-document-size", "0.03", "--strict");
        var (badCode, _, badError) = await CliRunner.RunAsync("parse", plans, "--max-document-size", "0");

        Assert.That(exitCode, Is.Zero, error);
        Assert.That(error.Split('\n').Where(l => l.StartsWith("skipped: ", StringComparison.Ordinal)).ToArray(),
            Has.Length.GreaterThanOrEqualTo(1).And.All.Contain("over the document size limit of 0.03 MB"));
        Assert.That(output, Does.Match(@"\d+ documents?, \d+ tasks?\."));
        Assert.That(strictCode, Is.EqualTo(1), strictError);
        Assert.That((badCode, badError.Trim()), Is.EqualTo((1, "error: --max-document-size must be a positive number of MB, not 0.")));
    }

    [Test]
    public void An_oversized_only_document_is_an_error()
    {
        var plans = _scratch.Path("plans");
        Directory.CreateDirectory(plans);
        using (var huge = new FileStream(Path.Combine(plans, "huge.txt"), FileMode.CreateNew))
        {
            huge.SetLength(21L * 1024 * 1024);
        }

        Assert.That(() => PolicyAnalyzer.Create().Load([plans]),
            Throws.InstanceOf<PolicyCompareException>().With.Message.Contains("huge.txt").And.Message.Contains("document size limit"));
    }

    [Test]
    public void The_size_limit_is_a_validated_option()
    {
        var services = new ServiceCollection();
        services.AddPolicyCompare().ConfigureCorpus(o => o.MaxDocumentBytes = 0);
        using var provider = services.BuildServiceProvider();

        Assert.That(() => provider.GetRequiredService<PolicyAnalyzer>(), Throws.InstanceOf<Microsoft.Extensions.Options.OptionsValidationException>().With.Message.Contains("MaxDocumentBytes"));
    }

    [Test]
    public void A_corpus_over_the_task_limit_is_refused_before_embedding_naming_the_option()
    {
        var analyzer = PolicyAnalyzer.Create(b => b.Services.Configure<PolicyCompareOptions>(o => o.MaxClusteringTasks = 100));
        var corpus = SeedCorpus.Load();

        Assert.That(() => analyzer.AnalyzeAsync(corpus),
            Throws.InstanceOf<PolicyCompareException>().With.Message.EqualTo(
                "The corpus has 146 tasks, more than the 100 that topic clustering accepts; raise the limit with --max-tasks (PolicyCompareOptions.MaxClusteringTasks) if the machine has the memory, or use --mode codebook."));
        Assert.That(() => analyzer.CheckClusteringLimit(corpus with { Documents = corpus.Documents.Take(2).ToArray() }), Throws.Nothing);
    }

    [Test]
    public async Task The_task_limit_is_a_cli_option_and_codebook_mode_is_not_limited()
    {
        var plans = _scratch.SeedCopy();

        var (exitCode, output, error) = await CliRunner.RunAsync("analyze", plans, "--max-tasks", "100");
        var (codebookCode, _, codebookError) = await CliRunner.RunAsync("analyze", plans, "--max-tasks", "100", "--mode", "codebook");

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Is.Empty);
        Assert.That(error, Does.Contain("146 tasks").And.Contain("--max-tasks").And.Not.Contain("[2/4]"));
        Assert.That(codebookCode, Is.Zero, codebookError);
    }
}
