using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using PolicyCompare.Alignment;
using PolicyCompare.Analysis;
using PolicyCompare.Cli.Terminal;
using PolicyCompare.Corpus;
using PolicyCompare.DependencyInjection;
using PolicyCompare.Evaluation;

namespace PolicyCompare.Cli.Commands;

/// <summary>
/// <c>policycompare evaluate &lt;corpus&gt; [--gold &lt;file.tsv&gt;] [--addressed &lt;file.tsv&gt;] [--mode topics|codebook] [--topics N] [--onnx DIR]... [--json]</c>:
/// topic agreement with <c>--gold</c> (with <c>--onnx</c>, each model scored beside the built-in embedder on the same
/// labels), coverage-gap precision and recall with <c>--addressed</c>.
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var corpus = new Argument<string[]>("corpus") { Description = "Plan files or folders (with an optional corpus.json).", Arity = ArgumentArity.OneOrMore };
        var gold = new Option<string?>("--gold") { Description = "Gold labels: TSV with header document<TAB>ordinal<TAB>topic." };
        var addressed = new Option<string?>("--addressed") { Description = "Every topic each task addresses: TSV with header document<TAB>ordinal<TAB>primary<TAB>also_addresses; scores coverage gaps." };
        var mode = new Option<string>("--mode") { Description = "topics (unsupervised clustering) or codebook.", DefaultValueFactory = _ => "topics" }.OneOf("topics", "codebook");
        var topics = PipelineArguments.CreateTopicsOption("Fixed number of topics in topics mode (default: chosen automatically).");
        var codebook = new Option<string?>("--codebook") { Description = "Codebook JSON (default: the built-in health-reform codebook)." };
        var json = new Option<bool>("--json") { Description = "Write JSON instead of text." };
        var onnx = new Option<string[]>("--onnx")
        {
            Description = "Sentence-embedding model folders (model.onnx + vocab.txt) to score beside the built-in embedder on the same --gold labels.",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("evaluate", "Score topics against expert labels (ARI, NMI, cross-document pairwise P/R/F1, worst-confused topics) and coverage gaps against labels of every topic each task addresses (precision, recall).")
        {
            corpus, gold, addressed, mode, topics, codebook, onnx, json,
        };
        command.SetAction((parse, cancel) => RunAsync(
            parse.GetValue(corpus) ?? [], parse.GetValue(gold), parse.GetValue(mode)!, parse.GetValue(topics), parse.GetValue(codebook), parse.GetValue(json),
            parse.GetValue(onnx) ?? [], Console.Out, Console.Error, cancel, parse.GetValue(addressed)));
        return command;
    }

    /// <summary>Runs the command with the built-in embedder only; returns the exit code.</summary>
    public static Task<int> RunAsync(
        IReadOnlyList<string> paths, string? goldPath, string mode, int? topicCount, string? codebookPath, bool json,
        TextWriter output, TextWriter error, CancellationToken cancel = default, string? addressedPath = null) =>
        RunAsync(paths, goldPath, mode, topicCount, codebookPath, json, [], output, error, cancel, addressedPath);

    /// <summary>Runs the command, scoring each ONNX model folder beside the built-in embedder; returns the exit code.</summary>
    public static Task<int> RunAsync(
        IReadOnlyList<string> paths, string? goldPath, string mode, int? topicCount, string? codebookPath, bool json, IReadOnlyList<string> onnxModels,
        TextWriter output, TextWriter error, CancellationToken cancel = default, string? addressedPath = null) =>
        UserErrors.RunAsync(error, () => InMemoryWork.RunAsync(
            () => ExecuteAsync(paths, goldPath, addressedPath, mode, topicCount, codebookPath, json, onnxModels, output, error, cancel), cancel));

    private static async Task ExecuteAsync(
        IReadOnlyList<string> paths, string? goldPath, string? addressedPath, string mode, int? topicCount, string? codebookPath, bool json,
        IReadOnlyList<string> onnxModels, TextWriter output, TextWriter error, CancellationToken cancel)
    {
        if (mode is not ("topics" or "codebook"))
        {
            throw new OptionValueException($"--mode must be 'topics' or 'codebook', not '{mode}'.");
        }

        if (goldPath is null && addressedPath is null)
        {
            throw new OptionValueException("evaluate needs --gold FILE.tsv, --addressed FILE.tsv, or both.");
        }

        if (goldPath is null && onnxModels.Count > 0)
        {
            throw new OptionValueException("--onnx compares models on topic labels: give them with --gold FILE.tsv.");
        }

        var gold = goldPath is null ? null : GoldLabels.Load(goldPath);
        var addressed = addressedPath is null ? null : AddressedLabels.Load(addressedPath);
        var builtIn = PipelineArguments.CreateAnalyzer(topicCount, codebookPath, mode == "codebook" ? TopicMode.Codebook : TopicMode.Clustering);
        var corpus = builtIn.Load(paths, cancel);
        CorpusLimitArguments.WriteNotices(corpus, error);
        gold?.EnsureCoveredBy(corpus);
        addressed?.EnsureCoveredBy(corpus);
        if (mode == "topics")
        {
            builtIn.CheckClusteringLimit(corpus);
        }

        EmbedderEvaluation? evaluation = gold is null ? null : await EvaluateAsync(builtIn, corpus, gold, mode, topicCount, cancel).ConfigureAwait(false);
        GapEvaluation? gaps = null;
        string? membershipMethod = null;
        if (addressed is not null)
        {
            var analysis = await builtIn.AnalyzeAsync(corpus, cancellationToken: cancel).ConfigureAwait(false);
            gaps = GapEvaluator.Evaluate(analysis, addressed);
            membershipMethod = analysis.Memberships.Method;
        }

        var models = new List<ModelEvaluation>();
        foreach (var model in onnxModels)
        {
            var analyzer = PipelineArguments.CreateAnalyzer(topicCount, codebookPath, onnxModel: model);
            models.Add(new ModelEvaluation(model, await EvaluateAsync(analyzer, corpus, gold!, mode, topicCount, cancel).ConfigureAwait(false)));
        }

        if (json)
        {
            object document = models.Count == 0
                ? new { mode, evaluation = evaluation?.Evaluation, gaps }
                : new
                {
                    mode,
                    embedder = evaluation?.Embedder,
                    evaluation = evaluation?.Evaluation,
                    gaps,
                    models = models.Select(m => new { m.Model, m.Evaluation.Embedder, m.Evaluation.Evaluation }),
                };
            await output.WriteAsync(JsonSerializer.Serialize(document, AlignCommand.Json) + Environment.NewLine).ConfigureAwait(false);
            return;
        }

        var text = new StringBuilder();
        if (evaluation is not null)
        {
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
        }

        if (gaps is not null)
        {
            text.Append(Render(gaps, membershipMethod!));
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
