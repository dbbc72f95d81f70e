using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using PolicyCompare.Alignment;
using PolicyCompare.Analysis;
using PolicyCompare.Cli.Terminal;
using PolicyCompare.Corpus;
using PolicyCompare.Evaluation;

namespace PolicyCompare.Cli.Commands;

/// <summary>
/// <c>policycompare evaluate &lt;corpus&gt; --gold &lt;file.tsv&gt; [--mode topics|codebook] [--topics N] [--onnx DIR]... [--json]</c>;
/// with <c>--onnx</c>, each model is scored beside the built-in embedder on the same labels.
/// </summary>
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
        var onnx = new Option<string[]>("--onnx")
        {
            Description = "Sentence-embedding model folders (model.onnx + vocab.txt) to score beside the built-in embedder on the same labels.",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("evaluate", "Score topics against expert labels: ARI, NMI, cross-document pairwise P/R/F1, worst-confused topics.")
        {
            corpus, gold, mode, topics, codebook, onnx, json,
        };
        command.SetAction((parse, cancel) => RunAsync(
            parse.GetValue(corpus) ?? [], parse.GetValue(gold)!, parse.GetValue(mode)!, parse.GetValue(topics), parse.GetValue(codebook), parse.GetValue(json),
            parse.GetValue(onnx) ?? [], Console.Out, Console.Error, cancel));
        return command;
    }

    /// <summary>Runs the command with the built-in embedder only; returns the exit code.</summary>
    public static Task<int> RunAsync(
        IReadOnlyList<string> paths, string goldPath, string mode, int? topicCount, string? codebookPath, bool json,
        TextWriter output, TextWriter error, CancellationToken cancel = default) =>
        RunAsync(paths, goldPath, mode, topicCount, codebookPath, json, [], output, error, cancel);

    /// <summary>Runs the command, scoring each ONNX model folder beside the built-in embedder; returns the exit code.</summary>
    public static Task<int> RunAsync(
        IReadOnlyList<string> paths, string goldPath, string mode, int? topicCount, string? codebookPath, bool json, IReadOnlyList<string> onnxModels,
        TextWriter output, TextWriter error, CancellationToken cancel = default) =>
        UserErrors.RunAsync(error, () => InMemoryWork.RunAsync(() => ExecuteAsync(paths, goldPath, mode, topicCount, codebookPath, json, onnxModels, output, error, cancel), cancel));

    private static async Task ExecuteAsync(
        IReadOnlyList<string> paths, string goldPath, string mode, int? topicCount, string? codebookPath, bool json, IReadOnlyList<string> onnxModels,
        TextWriter output, TextWriter error, CancellationToken cancel)
    {
        if (mode is not ("topics" or "codebook"))
        {
            throw new PolicyCompareException($"--mode must be 'topics' or 'codebook', not '{mode}'.");
        }

        var gold = GoldLabels.Load(goldPath);
        var builtIn = PipelineArguments.CreateAnalyzer(topicCount, codebookPath);
        var corpus = builtIn.Load(paths, cancel);
        CorpusLimitArguments.WriteNotices(corpus, error);
        gold.EnsureCoveredBy(corpus);
        if (mode == "topics")
        {
            builtIn.CheckClusteringLimit(corpus);
        }

        var evaluation = await EvaluateAsync(builtIn, corpus, gold, mode, topicCount, cancel).ConfigureAwait(false);
        var models = new List<ModelEvaluation>();
        foreach (var model in onnxModels)
        {
            var analyzer = PipelineArguments.CreateAnalyzer(topicCount, codebookPath, onnxModel: model);
            models.Add(new ModelEvaluation(model, await EvaluateAsync(analyzer, corpus, gold, mode, topicCount, cancel).ConfigureAwait(false)));
        }

        if (json)
        {
            object document = models.Count == 0
                ? new { mode, evaluation = evaluation.Evaluation }
                : new
                {
                    mode,
                    embedder = evaluation.Embedder,
                    evaluation = evaluation.Evaluation,
                    models = models.Select(m => new { m.Model, m.Evaluation.Embedder, m.Evaluation.Evaluation }),
                };
            await output.WriteAsync(JsonSerializer.Serialize(document, AlignCommand.Json) + Environment.NewLine).ConfigureAwait(false);
            return;
        }

        var text = new StringBuilder();
        if (models.Count > 0)
        {
            text.Append(RenderComparison(evaluation, models)).AppendLine();
            text.AppendLine("built-in embedder:");
        }

        text.Append(Render(mode, evaluation.Evaluation));
        foreach (var model in models)
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{model.Model}:").Append(Render(mode, model.Evaluation.Evaluation));
        }

        await output.WriteAsync(text.ToString()).ConfigureAwait(false);
    }

    private static async Task<EmbedderEvaluation> EvaluateAsync(PolicyAnalyzer analyzer, PolicyCorpus corpus, GoldLabels gold, string mode, int? topicCount, CancellationToken cancel)
    {
        var aligner = analyzer.Aligner;
        var embedding = await aligner.EmbedAsync(corpus, cancel).ConfigureAwait(false);
        CorpusTopics topics = mode == "codebook"
            ? await aligner.AssignCodebookAsync(corpus, null, embedding, cancel).ConfigureAwait(false)
            : await aligner.FindTopicsAsync(corpus, topicCount, embedding, cancel).ConfigureAwait(false);
        return new EmbedderEvaluation(embedding.Tasks.EmbedderName, TopicEvaluator.Evaluate(corpus, topics, gold));
    }

    /// <summary>One line per embedder: the built-in one first, then each model in the order given.</summary>
    private static string RenderComparison(EmbedderEvaluation builtIn, IReadOnlyList<ModelEvaluation> models)
    {
        var rows = new List<(string Name, TopicEvaluation E)> { ($"built-in ({builtIn.Embedder})", builtIn.Evaluation) };
        rows.AddRange(models.Select(m => ($"{m.Model} ({m.Evaluation.Embedder})", m.Evaluation.Evaluation)));
        var width = rows.Max(r => r.Name.Length);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"embedder".PadRight(width)}    ARI    NMI     F1  topics");
        foreach (var (name, e) in rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{name.PadRight(width)}  {e.AdjustedRandIndex,5:0.000}  {e.NormalizedMutualInformation,5:0.000}  {e.CrossDocumentPairs.F1,5:0.000}  {e.PredictedTopicCount,6}");
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
            text.AppendLine(CultureInfo.InvariantCulture, $"  {c.GoldTopic} ~ {c.ConfusedWith}: {Counted.Of(c.MergedPairs, "pair")}");
        }

        text.AppendLine("most split topics:");
        foreach (var s in e.MostSplit)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {s.GoldTopic}: {Counted.Of(s.Tasks, "task")} over {Counted.Of(s.PredictedTopics, "topic")}, pair recall {s.PairRecall:0.00}");
        }

        return text.ToString();
    }

    /// <summary>The scores of topics found with one embedder (named as its metadata names it).</summary>
    private sealed record EmbedderEvaluation(string Embedder, TopicEvaluation Evaluation);

    /// <summary>The scores of one <c>--onnx</c> model folder.</summary>
    private sealed record ModelEvaluation(string Model, EmbedderEvaluation Evaluation);
}
