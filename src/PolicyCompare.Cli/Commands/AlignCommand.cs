using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using PolicyCompare.Alignment;
using PolicyCompare.Cli.Terminal;
using PolicyCompare.Corpus;
using PolicyCompare.Export;
using PolicyCompare.Topics;

namespace PolicyCompare.Cli.Commands;

/// <summary><c>policycompare align &lt;corpus&gt; [--json] [--pair a b]</c>: corpus topics, or two plans matched side by side.</summary>
internal static class AlignCommand
{
    /// <summary>The library's JSON conventions for results (camelCase, enums as strings, Chinese unescaped, NaN named).</summary>
    internal static JsonSerializerOptions Json => AnalysisJson.Options;

    public static Command Create()
    {
        var corpus = new Argument<string[]>("corpus") { Description = "Plan files or folders (with an optional corpus.json).", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Write JSON instead of text." };
        var pair = new Option<string[]>("--pair") { Description = "Two document ids: match their tasks side by side.", Arity = new ArgumentArity(2, 2), AllowMultipleArgumentsPerToken = true };
        var topics = PipelineArguments.CreateTopicsOption("Fixed number of topics (default: chosen automatically).");
        var codebook = new Option<string?>("--codebook") { Description = "Codebook JSON for topic keys (default: the built-in health-reform codebook)." };
        var onnx = PipelineArguments.CreateOnnxOption();
        var saveModel = new Option<string?>("--save-model") { Description = "Keep the fitted topic model (embedder, topics, centroids) in this JSON file, for 'report --model' or 'analyze --model'." };
        var command = new Command("align", "Group the corpus's tasks into topics, or match two plans' tasks (--pair).")
        {
            corpus, json, pair, topics, codebook, onnx, saveModel,
        };
        command.SetAction((parse, cancel) => RunAsync(
            parse.GetValue(corpus) ?? [], parse.GetValue(json), parse.GetValue(pair), parse.GetValue(topics), parse.GetValue(codebook), Console.Out, Console.Error, cancel,
            parse.GetValue(onnx), parse.GetValue(saveModel)));
        return command;
    }

    /// <summary>Runs the command; returns the exit code.</summary>
    public static Task<int> RunAsync(
        IReadOnlyList<string> paths, bool json, IReadOnlyList<string>? pair, int? topicCount, string? codebookPath,
        TextWriter output, TextWriter error, CancellationToken cancel = default, string? onnxModel = null, string? saveModelPath = null) =>
        UserErrors.RunAsync(error, () => InMemoryWork.RunAsync(() => ExecuteAsync(paths, json, pair, topicCount, codebookPath, onnxModel, saveModelPath, output, error, cancel), cancel));

    private static async Task ExecuteAsync(
        IReadOnlyList<string> paths, bool json, IReadOnlyList<string>? pair, int? topicCount, string? codebookPath, string? onnxModel, string? saveModelPath, TextWriter output, TextWriter error, CancellationToken cancel)
    {
        PipelineArguments.CheckPair(pair);
        if (saveModelPath is not null)
        {
            if (pair is { Count: > 0 })
            {
                throw new OptionValueException("--save-model keeps corpus topics; it cannot be combined with --pair.");
            }

            // Checked before any work, so a refused file costs nothing; an input plan is never a topic model, so it is refused too.
            TopicModel.CheckSavePath(saveModelPath);
        }

        var analyzer = PipelineArguments.CreateAnalyzer(topicCount, codebookPath, onnxModel: onnxModel);
        var corpus = analyzer.Load(paths, cancel);
        CorpusLimitArguments.WriteNotices(corpus, error);
        if (pair is not { Count: > 0 })
        {
            analyzer.CheckClusteringLimit(corpus);
        }

        var aligner = analyzer.Aligner;
        var embedding = await aligner.EmbedAsync(corpus, cancel).ConfigureAwait(false);
        if (pair is { Count: > 0 })
        {
            var alignment = await aligner.MatchPlansAsync(corpus, pair[0], pair[1], embedding, cancel).ConfigureAwait(false);
            await output.WriteAsync(json ? JsonSerializer.Serialize(alignment, Json) + Environment.NewLine : RenderPair(corpus, alignment)).ConfigureAwait(false);
            return;
        }

        var topics = await aligner.FindTopicsAsync(corpus, topicCount, embedding, cancel).ConfigureAwait(false);
        if (saveModelPath is not null)
        {
            analyzer.KeepTopicModel(topics, embedding).Save(saveModelPath);
            await error.WriteLineAsync($"Topic model ({topics.Topics.Count} topics) saved to {Path.GetFullPath(saveModelPath)}").ConfigureAwait(false);
        }

        await output.WriteAsync(json ? JsonSerializer.Serialize(topics, Json) + Environment.NewLine : RenderTopics(corpus, topics)).ConfigureAwait(false);
    }

    private static string RenderTopics(PolicyCorpus corpus, CorpusTopics topics)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Counted.Of(topics.Topics.Count, "topic")} — {topics.Method}");
        foreach (var topic in topics.Topics)
        {
            text.AppendLine();
            var key = topic.Key is null ? string.Empty : $" [{topic.Key}]";
            text.AppendLine(CultureInfo.InvariantCulture, $"{topic.Id}{key} {topic.Label}  (cohesion {topic.Cohesion:0.00}, {Counted.Of(topic.Members.Count, "task")})");
            foreach (var document in corpus.Documents)
            {
                var tasks = topic.Members.Where(m => m.DocumentId == document.Id)
                    .Select(m => document.Tasks[m.Ordinal - 1])
                    .Select(t => $"{t.Number}{t.Title}")
                    .ToArray();
                if (tasks.Length == 0)
                {
                    continue;
                }

                text.AppendLine(CultureInfo.InvariantCulture, $"  {document.Metadata.DisplayName}: {string.Join("；", tasks)}");
            }
        }

        return text.ToString();
    }

    private static string RenderPair(PolicyCorpus corpus, PlanAlignment alignment)
    {
        var left = corpus[alignment.LeftDocumentId];
        var right = corpus[alignment.RightDocumentId];
        string Name(TaskKey key)
        {
            var task = corpus[key.DocumentId].Tasks[key.Ordinal - 1];
            return $"{task.Number}{task.Title}";
        }

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{left.Metadata.DisplayName} ⇄ {right.Metadata.DisplayName}: {Counted.Of(alignment.OneToOne.Count(), "one-to-one link")}, {alignment.Links.Count - alignment.OneToOne.Count()} extra, {alignment.Unmatched.Count} unmatched");
        foreach (var link in alignment.Links)
        {
            var kind = link.Kind == LinkKind.OneToOne ? "=" : "+";
            text.AppendLine(CultureInfo.InvariantCulture, $"{kind} {link.Score:0.00}  {Name(link.Left)}  ⇄  {Name(link.Right)}  [{string.Join("、", link.Evidence.SharedTerms)}]");
        }

        foreach (var unmatched in alignment.Unmatched)
        {
            var best = unmatched.BestCandidate is { } candidate ? $"best candidate {Name(candidate)} ({unmatched.BestScore:0.00})" : "no candidate";
            text.AppendLine(CultureInfo.InvariantCulture, $"? {unmatched.Task.DocumentId} {Name(unmatched.Task)}: {best}");
        }

        return text.ToString();
    }
}
