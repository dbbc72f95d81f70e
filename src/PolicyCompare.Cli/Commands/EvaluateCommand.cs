using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using PolicyCompare.Alignment;
using PolicyCompare.DependencyInjection;
using PolicyCompare.Evaluation;

namespace PolicyCompare.Cli.Commands;

/// <summary>
/// <c>policycompare evaluate &lt;corpus&gt; [--gold &lt;file.tsv&gt;] [--addressed &lt;file.tsv&gt;] [--mode topics|codebook] [--topics N] [--json]</c>:
/// topic agreement with <c>--gold</c>, coverage-gap precision and recall with <c>--addressed</c>.
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var corpus = new Argument<string[]>("corpus") { Description = "Plan files or folders (with an optional corpus.json).", Arity = ArgumentArity.OneOrMore };
        var gold = new Option<string?>("--gold") { Description = "Gold labels: TSV with header document<TAB>ordinal<TAB>topic." };
        var addressed = new Option<string?>("--addressed") { Description = "Every topic each task addresses: TSV with header document<TAB>ordinal<TAB>primary<TAB>also_addresses; scores coverage gaps." };
        var mode = new Option<string>("--mode") { Description = "topics (unsupervised clustering) or codebook.", DefaultValueFactory = _ => "topics" };
        mode.AcceptOnlyFromAmong("topics", "codebook");
        var topics = new Option<int?>("--topics") { Description = "Fixed number of topics in topics mode (default: chosen automatically)." };
        var codebook = new Option<string?>("--codebook") { Description = "Codebook JSON (default: the built-in health-reform codebook)." };
        var json = new Option<bool>("--json") { Description = "Write JSON instead of text." };
        var command = new Command("evaluate", "Score topics against expert labels (ARI, NMI, cross-document pairwise P/R/F1, worst-confused topics) and coverage gaps against labels of every topic each task addresses (precision, recall).")
        {
            corpus, gold, addressed, mode, topics, codebook, json,
        };
        command.SetAction((parse, cancel) => RunAsync(
            parse.GetValue(corpus) ?? [], parse.GetValue(gold), parse.GetValue(mode)!, parse.GetValue(topics), parse.GetValue(codebook), parse.GetValue(json),
            Console.Out, Console.Error, cancel, parse.GetValue(addressed)));
        return command;
    }

    /// <summary>Runs the command; returns the exit code.</summary>
    public static Task<int> RunAsync(
        IReadOnlyList<string> paths, string? goldPath, string mode, int? topicCount, string? codebookPath, bool json,
        TextWriter output, TextWriter error, CancellationToken cancel = default, string? addressedPath = null) =>
        UserErrors.RunAsync(error, () => ExecuteAsync(paths, goldPath, addressedPath, mode, topicCount, codebookPath, json, output, cancel));

    private static async Task ExecuteAsync(IReadOnlyList<string> paths, string? goldPath, string? addressedPath, string mode, int? topicCount, string? codebookPath, bool json, TextWriter output, CancellationToken cancel)
    {
        if (mode is not ("topics" or "codebook"))
        {
            throw new PolicyCompareException($"--mode must be 'topics' or 'codebook', not '{mode}'.");
        }

        if (goldPath is null && addressedPath is null)
        {
            throw new PolicyCompareException("evaluate needs --gold FILE.tsv, --addressed FILE.tsv, or both.");
        }

        var gold = goldPath is null ? null : GoldLabels.Load(goldPath);
        var addressed = addressedPath is null ? null : AddressedLabels.Load(addressedPath);
        var analyzer = PipelineArguments.CreateAnalyzer(topicCount, codebookPath, mode == "codebook" ? TopicMode.Codebook : TopicMode.Clustering);
        var corpus = analyzer.Load(paths);
        gold?.EnsureCoveredBy(corpus);
        addressed?.EnsureCoveredBy(corpus);
        var analysis = await analyzer.AnalyzeAsync(corpus, cancellationToken: cancel).ConfigureAwait(false);
        var evaluation = gold is null ? null : TopicEvaluator.Evaluate(corpus, analysis.Topics, gold);
        var gaps = addressed is null ? null : GapEvaluator.Evaluate(analysis, addressed);
        var text = new StringBuilder();
        if (json)
        {
            text.AppendLine(JsonSerializer.Serialize(new { mode, evaluation, gaps }, AlignCommand.Json));
        }
        else
        {
            if (evaluation is not null)
            {
                text.Append(Render(mode, evaluation));
            }

            if (gaps is not null)
            {
                text.Append(Render(gaps, analysis.Memberships.Method));
            }
        }

        await output.WriteAsync(text.ToString()).ConfigureAwait(false);
    }

    private static string Render(GapEvaluation g, string membershipMethod)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"coverage gaps on {string.Join(", ", g.ScoredPlans)} (plans whose every task is labelled; memberships: {membershipMethod})");
        text.AppendLine(CultureInfo.InvariantCulture, $"gap precision {g.Precision:0.000} ({g.TruePositives} of {g.ReportedGaps - g.UnscorableGaps} scorable reported gaps; {g.UnscorableGaps} on topics with no labelled task)");
        text.AppendLine(CultureInfo.InvariantCulture, $"gap recall {g.Recall:0.000} ({g.FoundGoldGaps} of {g.GoldGaps} gaps by the labels), F1 {g.F1:0.000}");
        text.AppendLine(CultureInfo.InvariantCulture, $"further memberships: precision {g.MembershipPrecision:0.000}, recall {g.MembershipRecall:0.000}");
        foreach (var f in g.FalseGaps)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  false gap: {f.DocumentId} {f.TopicKey} (topic {f.TopicId}): {f.Note}");
        }

        foreach (var m in g.MissedGaps)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  missed gap: {m.DocumentId} {m.TopicKey}: {m.Note}");
        }

        return text.ToString();
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
            text.AppendLine(CultureInfo.InvariantCulture, $"  {c.GoldTopic} ~ {c.ConfusedWith}: {c.MergedPairs} pairs");
        }

        text.AppendLine("most split topics:");
        foreach (var s in e.MostSplit)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {s.GoldTopic}: {s.Tasks} tasks over {s.PredictedTopics} topics, pair recall {s.PairRecall:0.00}");
        }

        return text.ToString();
    }
}
