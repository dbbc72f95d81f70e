using NUnit.Framework;
using PolicyCompare.Cli.Commands;
using PolicyCompare.Cli.Terminal;

namespace PolicyCompare.Tests.Cli;

/// <summary>
/// Every message a user can trigger from the command line is a plain sentence: no .NET type names, no options
/// validation internals, unknown options rejected, counts in the right number, documented exit codes.
/// </summary>
[TestFixture]
public sealed class CommandLineMessageTests
{
    private static string Seeds => Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds");

    private static string JilinPlan => Path.Combine(Seeds, "jilin-2021.txt");

    /// <summary>Words that only a developer understands; none may reach a user.</summary>
    private static readonly string[] Internals =
        ["System.", "Nullable", "Int32", "DataAnnotation", "Options", "Exception", "   at ", "`1"];

    [TestCase("analyze", "{seeds}", "--topics", "abc", ExpectedResult = "error: --topics takes a whole number, such as 10; \"abc\" is not one.")]
    [TestCase("analyze", "{seeds}", "--topics", "0", ExpectedResult = "error: --topics must be between 1 and 10000; 0 is outside that range.")]
    [TestCase("align", "{seeds}", "--topics", "-3", ExpectedResult = "error: --topics must be between 1 and 10000; -3 is outside that range.")]
    [TestCase("evaluate", "{seeds}", "--gold", "g.tsv", "--topics", "2.5", ExpectedResult = "error: --topics takes a whole number, such as 10; \"2.5\" is not one.")]
    [TestCase("analyze", "{seeds}", "--max-tasks", "many", ExpectedResult = "error: --max-tasks takes a whole number, such as 10; \"many\" is not one.")]
    [TestCase("parse", "{plan}", "--max-document-size", "big", ExpectedResult = "error: --max-document-size takes a number, such as 2.5; \"big\" is not one.")]
    [TestCase("parse", "{plan}", "--jsn", ExpectedResult = "error: policycompare parse has no option --jsn.")]
    [TestCase("report", "{seeds}", "--out", "r", "--lang", "fr", ExpectedResult = "error: --lang must be zh or en; \"fr\" is not one of them.")]
    [TestCase("analyze", "{seeds}", "--mode", "kmeans", ExpectedResult = "error: --mode must be topics or codebook; \"kmeans\" is not one of them.")]
    [TestCase("report", "{seeds}", "--out", ExpectedResult = "error: --out needs a value.")]
    [TestCase("report", "{seeds}", "--out", "r", "--pair", "jilin-2021", ExpectedResult = "error: --pair needs 2 values; 1 was given.")]
    [TestCase("parse", ExpectedResult = "error: Name at least one plan file or folder: policycompare parse <paths>...")]
    [TestCase("bogus", ExpectedResult = "error: policycompare has no command bogus; the commands are parse, align, evaluate, analyze, report or synth.")]
    [TestCase(ExpectedResult = "error: Name a command: parse, align, evaluate, analyze, report or synth.")]
    public async Task<string> A_command_line_that_is_not_understood_gets_one_plain_sentence_and_exit_code_2(params string[] args)
    {
        var (exitCode, output, error) = await CliRunner.RunAsync(args.Select(a => a.Replace("{seeds}", Seeds, StringComparison.Ordinal).Replace("{plan}", JilinPlan, StringComparison.Ordinal)).ToArray());

        Assert.That(exitCode, Is.EqualTo(PolicyCompareCommandLine.UsageError));
        Assert.That(output, Is.Empty, "nothing on standard output");
        foreach (var word in Internals)
        {
            Assert.That(error, Does.Not.Contain(word), "no internals in: " + error);
        }

        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.That(lines, Has.Length.EqualTo(2), error);
        Assert.That(lines[1], Does.StartWith("Run 'policycompare").And.EndWith("--help' to see what it takes."));
        return lines[0];
    }

    [Test]
    public async Task A_file_whose_name_starts_with_a_dash_is_still_a_plan()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pc-dash-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var previous = Environment.CurrentDirectory;
        try
        {
            File.Copy(JilinPlan, Path.Combine(folder, "-jilin.txt"));
            Environment.CurrentDirectory = folder;
            var (exitCode, output, error) = await CliRunner.RunAsync("parse", "-jilin.txt");
            Assert.That(exitCode, Is.EqualTo(0), error);
            Assert.That(output, Does.Contain("1 document, 20 tasks."));
        }
        finally
        {
            Environment.CurrentDirectory = previous;
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task One_plan_is_counted_in_the_singular()
    {
        var target = Path.Combine(Path.GetTempPath(), "pc-one-plan-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (exitCode, output, error) = await CliRunner.RunAsync("report", JilinPlan, "--out", target, "--format", "md");
            Assert.That(exitCode, Is.EqualTo(0), error);
            Assert.That(output, Does.StartWith("Report on 1 plan, 20 tasks and "));
        }
        finally
        {
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }
        }
    }

    [Test]
    public async Task Version_prints_the_package_version()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("--version");
        Assert.That(exitCode, Is.EqualTo(0));
        Assert.That(output.Trim(), Does.Match(@"^\d+\.\d+\.\d+"));
    }

    [Test]
    public async Task Help_names_the_installed_command()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("report", "--help");
        Assert.That(exitCode, Is.EqualTo(0));
        Assert.That(output, Does.Contain("policycompare report <corpus>... [options]"));
        Assert.That(output, Does.Not.Contain("PolicyCompare.Cli"));
    }

    [Test]
    public async Task A_setting_rejected_by_the_library_is_told_by_its_reason_not_its_validator()
    {
        using var error = new StringWriter();
        var failure = "DataAnnotation validation failed for 'TopicOptions' members: 'TopicCount' with the error: 'The field TopicCount must be between 1 and 10000.'.";
        var exitCode = await UserErrors.RunAsync(error, () => throw new Microsoft.Extensions.Options.OptionsValidationException("TopicOptions", typeof(object), [failure]));

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(error.ToString().TrimEnd(), Is.EqualTo("error: a setting is out of range: The field TopicCount must be between 1 and 10000."));
    }

    [TestCase(0, "plan", ExpectedResult = "0 plans")]
    [TestCase(1, "plan", ExpectedResult = "1 plan")]
    [TestCase(2, "task", ExpectedResult = "2 tasks")]
    public string Counts_take_the_right_number(int count, string noun) => Counted.Of(count, noun);
}
