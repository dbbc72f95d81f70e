using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using PolicyCompare.Alignment;
using PolicyCompare.Cli.Terminal;
using PolicyCompare.Evaluation;

namespace PolicyCompare.Cli.Commands;

/// <summary><c>policycompare evaluate &lt;corpus&gt; --gold &lt;file.tsv&gt; [--mode topics|codebook] [--topics N] [--json]</c>.</summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var corpus = new Argument<string[]>("corpus") { Description = "Plan files or folders (with an optional corpus.json).", Arity = ArgumentArity.OneOrMore };
        var gold = new Option<string>("--gold") { Description = "Gold labels: TSV with header document<TAB>ordinal<TAB>topic.", Required = true };
        var mode = new Option<string>("--mode") { Description = "topics (unsupervised clustering) or codebook.", DefaultValueFactory = _ => "topics" }.OneOf("topics", "codebook");
        var topics = PipelineArguments.CreateTopicsOption("Fixed number of topics in topics mode (default: chosen automatically).");
        var codebook = new Option<string?>("--codebook") { Description = "Codebook JSON (default: the built-in health-reform codebook)." };
        var json = new Option<bool>("--json") { Description = "Write JSON instead of text." };
        var command = new Command("evaluate", "Score topics against expert labels: ARI, NMI, cross-document pairwise P/R/F1, worst-confused topics.")
        {
            corpus, gold, mode, topics, codebook, json,
        };
        command.SetAction((parse, cancel) => RunAsync(
            parse.GetValue(corpus) ?? [], parse.GetValue(gold)!, parse.GetValue(mode)!, parse.GetValue(topics), parse.GetValue(codebook), parse.GetValue(json),
            Console.Out, Console.Error, cancel));
        return command;
    }

    /// <summary>Runs the command; returns the exit code.</summary>
    public static Task<int> RunAsync(
        IReadOnlyList<string> paths, string goldPath, string mode, int? topicCount, string? codebookPath, bool json,
        TextWriter output, TextWriter error, CancellationToken cancel = default) =>
        UserErrors.RunAsync(error, () => InMemoryWork.RunAsync(() => ExecuteAsync(paths, goldPath, mode, topicCount, codebookPath, json, output, error, cancel), cancel));

    private static async Task ExecuteAsync(IReadOnlyList<string> paths, string goldPath, string mode, int? topicCount, string? codebookPath, bool json, TextWriter output, TextWriter error, CancellationToken cancel)
    {
        if (mode is not ("topics" or "codebook"))
        {
            throw new PolicyCompareException($"--mode must be 'topics' or 'codebook', not '{mode}'.");
        }

        var gold = GoldLabels.Load(goldPath);
        var analyzer = PipelineArguments.CreateAnalyzer(topicCount, codebookPath);
        var corpus = analyzer.Load(paths, cancel);
        CorpusLimitArguments.WriteNotices(corpus, error);
        gold.EnsureCoveredBy(corpus);
        if (mode == "topics")
        {
            analyzer.CheckClusteringLimit(corpus);
        }

        var aligner = analyzer.Aligner;
        var embedding = await aligner.EmbedAsync(corpus, cancel).ConfigureAwait(false);
        CorpusTopics topics = mode == "codebook"
            ? await aligner.AssignCodebookAsync(corpus, null, embedding, cancel).ConfigureAwait(false)
            : await aligner.FindTopicsAsync(corpus, topicCount, embedding, cancel).ConfigureAwait(false);
        var evaluation = TopicEvaluator.Evaluate(corpus, topics, gold);
        await output.WriteAsync(json ? JsonSerializer.Serialize(new { mode, evaluation }, AlignCommand.Json) + Environment.NewLine : Render(mode, evaluation)).ConfigureAwait(false);
    }

    private static string Render(string mode, TopicEvaluation e)
    {
        var text = new StringBuilder();
        var p = e.CrossDocumentPairs;
        text.AppendLine(CultureInfo.InvariantCulture, $"mode: {mode} — {e.Method}");
        text.AppendLine(CultureInfo.InvariantCulture, $"labelled tasks: {e.LabelledTasks} ({e.GoldTopicCount} gold topics, {e.PredictedTopicCount} predicted topics, {e.UnassignedTasks} unassigned)");
        text.AppendLine(CultureInfo.InvariantCulture, $"ARI: {e.AdjustedRandIndex:0.000}");
        text.AppendLine(CultureInfo.InvariantCulture, $"NMI: {e.NormalizedMutualInformation:0.000}");
        text.AppendLine(CultureInfo.InvariantCulture, $"cross-document pairs: precision {p.Precision:0.000}, recall {p.Recall:0.000}, F1 {p.F1:0.000} (TP {p.TruePositives}, FP {p.FalsePositives}, FN {p.FalseNegatives})");
        text.AppendLine("worst-confused topics (gold topics merged together):");
        foreach (var c in e.WorstConfused)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {c.GoldTopic} ~ {c.ConfusedWith}: {Counted.Of(c.MergedPairs, "pair")}");
        }

        text.AppendLine("most split topics:");
        foreach (var s in e.MostSplit)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {s.GoldTopic}: {Counted.Of(s.Tasks, "task")} over {Counted.Of(s.PredictedTopics, "topic")}, pair recall {s.PairRecall:0.00}");
        }

        return text.ToString();
    }
}
