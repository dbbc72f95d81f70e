using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PolicyCompare.Alignment;
using PolicyCompare.Analysis;
using PolicyCompare.Cli.Terminal;
using PolicyCompare.DependencyInjection;
using PolicyCompare.Topics;

namespace PolicyCompare.Cli.Commands;

/// <summary>The corpus argument and the topic options shared by the commands that run the whole pipeline.</summary>
internal sealed class PipelineArguments
{
    public Argument<string[]> Corpus { get; } = new("corpus")
    {
        Description = "Plan files (.txt, .html, .htm, .md) or corpus folders (with an optional corpus.json manifest).",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<int?> Topics { get; } = CreateTopicsOption("A fixed number of topics (default: chosen automatically from the data).");

    public Option<string?> Codebook { get; } = new("--codebook")
    {
        Description = "A topic codebook JSON file (default: the built-in health-reform codebook): gives topics their keys, and is what tasks are assigned to in codebook mode.",
    };

    public Option<string> Mode { get; } = CreateModeOption();

    public CorpusLimitArguments Limits { get; } = new();

    public Option<int?> MaxTasks { get; } = new("--max-tasks")
    {
        Description = $"The most tasks topic clustering accepts (default {PolicyCompareOptions.DefaultMaxClusteringTasks}); larger corpora are refused before any work.",
    };

    public Option<string?> Onnx { get; } = CreateOnnxOption();

    public Option<string?> Model { get; } = new("--model")
    {
        Description = "A topic model saved by 'align --save-model': place the plans' tasks into its topics instead of finding new ones.",
    };

    /// <summary>Where the analyzer built by <see cref="CreateAnalyzer(ParseResult)"/> reports the work done within stages.</summary>
    public WorkProgressRelay Steps { get; } = new();

    public void AddTo(Command command)
    {
        command.Arguments.Add(Corpus);
        command.Options.Add(Topics);
        command.Options.Add(Codebook);
        command.Options.Add(Mode);
        Limits.AddTo(command);
        command.Options.Add(MaxTasks);
        command.Options.Add(Onnx);
        command.Options.Add(Model);
    }

    /// <summary>The input paths the command reads (plans, the codebook, a model folder), which no output may replace.</summary>
    public IReadOnlyList<string> Inputs(ParseResult result) =>
        [.. result.GetValue(Corpus) ?? [], .. result.GetValue(Codebook) is { } codebook ? [codebook] : Array.Empty<string>(),
         .. result.GetValue(Onnx) is { } model ? [model] : Array.Empty<string>(),
         .. result.GetValue(Model) is { } kept ? [kept] : Array.Empty<string>()];

    /// <summary>Reads the pipeline and, with <c>--model</c>, analyses the plans in the kept model's topics instead of finding topics.</summary>
    public Task<CorpusAnalysis> AnalyzeAsync(ParseResult result, PolicyAnalyzer analyzer, IProgress<PipelineStage> progress, CancellationToken cancel)
    {
        var paths = result.GetValue(Corpus)!;
        if (result.GetValue(Model) is not { } modelPath)
        {
            return analyzer.AnalyzeAsync(paths, progress, cancel);
        }

        if (result.GetValue(Topics) is not null || result.GetValue(Mode) == "codebook" || result.GetValue(Onnx) is not null)
        {
            throw new OptionValueException("--model keeps the topics and the embedder of the saved model, so it cannot be combined with --topics, --mode codebook or --onnx.");
        }

        return analyzer.AnalyzeAsync(paths, TopicModel.Load(modelPath), progress, cancel);
    }

    /// <summary><c>--onnx DIR</c>: embed with a local BERT-family ONNX model instead of the built-in embedder.</summary>
    public static Option<string?> CreateOnnxOption() => new("--onnx")
    {
        Description = "A sentence-embedding model folder (model.onnx + vocab.txt) to embed with instead of the built-in embedder.",
    };

    /// <summary><c>--mode topics|codebook</c>: cluster the tasks, or assign them to the codebook's entries.</summary>
    public static Option<string> CreateModeOption()
    {
        var mode = new Option<string>("--mode")
        {
            Description = "topics: find topics by clustering (default); codebook: assign tasks to the codebook's entries.",
            DefaultValueFactory = _ => "topics",
        };
        return mode.OneOf("topics", "codebook");
    }

    /// <summary><c>--topics N</c>, N from 1 to 10,000 (the range <see cref="TopicOptions.TopicCount"/> accepts).</summary>
    public static Option<int?> CreateTopicsOption(string description) => OptionValues.WholeNumber("--topics", description, minimum: 1, maximum: 10_000);

    /// <summary>Builds the pipeline the command line asks for.</summary>
    public PolicyAnalyzer CreateAnalyzer(ParseResult result)
    {
        var maxTasks = result.GetValue(MaxTasks);
        if (maxTasks is < 2)
        {
            throw new OptionValueException($"--max-tasks must be at least 2, not {maxTasks}.");
        }

        return CreateAnalyzer(result.GetValue(Topics), result.GetValue(Codebook), result.GetValue(Mode) == "codebook" ? TopicMode.Codebook : TopicMode.Clustering, result.GetValue(Onnx),
            builder =>
            {
                Limits.Apply(result, builder);
                builder.ReportWorkProgress(Steps);
                if (maxTasks is { } max)
                {
                    builder.Services.Configure<PolicyCompareOptions>(o => o.MaxClusteringTasks = max);
                }
            });
    }

    /// <summary>
    /// The pipeline through the same registration a library user calls (<c>AddPolicyCompare</c>), so the command line
    /// and the library cannot drift apart.
    /// </summary>
    public static PolicyAnalyzer CreateAnalyzer(
        int? topicCount = null, string? codebookPath = null, TopicMode mode = TopicMode.Clustering, string? onnxModel = null, Action<IPolicyCompareBuilder>? configure = null) =>
        PolicyAnalyzer.Create(builder =>
        {
            configure?.Invoke(builder);
            if (onnxModel is not null)
            {
                builder.UseOnnxEmbeddings(onnxModel);
            }

            builder.Services.Configure<PolicyCompareOptions>(o => o.TopicMode = mode);
            builder.ConfigureTopics(o => o.TopicCount = topicCount);
            if (codebookPath is not null)
            {
                builder.Services.Configure<CodebookOptions>(o => o.Path = codebookPath);
            }
        });

    /// <summary>Checks a <c>--pair</c> before any work: two ids, of two different plans.</summary>
    /// <exception cref="OptionValueException">Not two ids, or the same id twice.</exception>
    public static void CheckPair(IReadOnlyList<string>? pair)
    {
        if (pair is not { Count: > 0 })
        {
            return;
        }

        if (pair.Count != 2)
        {
            throw new OptionValueException($"--pair needs two document ids, got {pair.Count}.");
        }

        if (string.Equals(pair[0], pair[1], StringComparison.Ordinal))
        {
            throw new OptionValueException($"--pair needs two different plans; \"{pair[0]}\" was given twice.");
        }
    }
}
