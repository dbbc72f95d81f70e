using System.CommandLine;
using System.Globalization;
using PolicyCompare.Evaluation;
using PolicyCompare.Export;
using PolicyCompare.Synthesis;

namespace PolicyCompare.Cli.Commands;

/// <summary>
/// <c>policycompare synth --from &lt;corpus&gt; --plans N --out DIR [--seed S] [--gold FILE] [--force]</c>: writes N plans recombined
/// from a corpus's tasks, with the manifest and the source of every generated task.
/// </summary>
internal static class SynthCommand
{
    public static Command Create()
    {
        var from = new Option<string[]>("--from") { Description = "The corpus whose tasks are recombined (plan files or folders).", Required = true, Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = true };
        var plans = new Option<int>("--plans") { Description = "Number of plans to write.", Required = true };
        var output = new Option<string>("--out") { Description = "Output folder: new, empty, or an earlier synthetic corpus (anything else needs --force; never an input, the current folder or home).", Required = true };
        var force = new Option<bool>("--force") { Description = "Replace a non-empty output folder that is not an earlier synthetic corpus." };
        var seed = new Option<int>("--seed") { Description = "Seed of the random choices (same seed, same plans).", DefaultValueFactory = _ => 1 };
        var gold = new Option<string?>("--gold") { Description = "Labels of the source corpus (document<TAB>ordinal<TAB>topic) to carry over into DIR/gold.tsv." };
        var command = new Command("synth", "Write a synthetic corpus of plans recombined from a corpus's tasks, for tests and benchmarks at any size.")
        {
            from, plans, output, seed, gold, force,
        };
        command.SetAction((parse, cancel) => RunAsync(
            parse.GetValue(from) ?? [], parse.GetValue(plans), parse.GetValue(output)!, parse.GetValue(seed), parse.GetValue(gold), Console.Out, Console.Error, cancel, parse.GetValue(force)));
        return command;
    }

    /// <summary>Runs the command; returns the exit code.</summary>
    public static Task<int> RunAsync(
        IReadOnlyList<string> from, int plans, string outputFolder, int seed, string? goldPath, TextWriter output, TextWriter error, CancellationToken cancel = default, bool force = false) =>
        UserErrors.RunAsync(error, async () =>
        {
            if (plans is < 1 or > 1_000_000)
            {
                throw new OptionValueException(string.Create(CultureInfo.InvariantCulture, $"--plans takes 1 to 1,000,000 plans, not {plans}."));
            }

            // Checked before any work, so a refusal costs nothing; the inputs (plans, labels) are never replaced.
            var target = OutputFolder.Check(outputFolder, SyntheticCorpusWriter.OutputKind, [.. from, .. goldPath is null ? Array.Empty<string>() : [goldPath]], force);
            var labels = goldPath is null ? null : GoldLabels.Load(goldPath);
            var source = PipelineArguments.CreateAnalyzer().Load(from, cancel);
            labels?.EnsureCoveredBy(source);
            var corpus = CorpusSynthesizer.Synthesize(source, new SynthesisOptions { Plans = plans, Seed = seed }, cancel);
            SyntheticCorpusWriter.Write(corpus, target, labels, cancel);
            var tasks = corpus.Plans.Sum(p => p.Sources.Count);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"wrote {corpus.Plans.Count} plans, {tasks} tasks to {outputFolder}")).ConfigureAwait(false);
        });
}
