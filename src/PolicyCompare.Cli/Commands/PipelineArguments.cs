using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PolicyCompare.Alignment;
using PolicyCompare.Analysis;
using PolicyCompare.DependencyInjection;

namespace PolicyCompare.Cli.Commands;

/// <summary>The corpus argument and the topic options shared by the commands that run the whole pipeline.</summary>
internal sealed class PipelineArguments
{
    public Argument<string[]> Corpus { get; } = new("corpus")
    {
        Description = "Plan files (.txt, .html, .htm, .md) or corpus folders (with an optional corpus.json manifest).",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<int?> Topics { get; } = new("--topics")
    {
        Description = "A fixed number of topics (default: chosen automatically from the data).",
    };

    public Option<string?> Codebook { get; } = new("--codebook")
    {
        Description = "A topic codebook JSON file (default: the built-in health-reform codebook): gives topics their keys, and is what tasks are assigned to in codebook mode.",
    };

    public Option<string> Mode { get; } = CreateModeOption();

    public Option<string?> Onnx { get; } = CreateOnnxOption();

    public void AddTo(Command command)
    {
        command.Arguments.Add(Corpus);
        command.Options.Add(Topics);
        command.Options.Add(Codebook);
        command.Options.Add(Mode);
        command.Options.Add(Onnx);
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
        mode.AcceptOnlyFromAmong("topics", "codebook");
        return mode;
    }

    /// <summary>Builds the pipeline the command line asks for.</summary>
    public PolicyAnalyzer CreateAnalyzer(ParseResult result) =>
        CreateAnalyzer(result.GetValue(Topics), result.GetValue(Codebook), result.GetValue(Mode) == "codebook" ? TopicMode.Codebook : TopicMode.Clustering, result.GetValue(Onnx));

    /// <summary>
    /// The pipeline through the same registration a library user calls (<c>AddPolicyCompare</c>), so the command line
    /// and the library cannot drift apart.
    /// </summary>
    public static PolicyAnalyzer CreateAnalyzer(int? topicCount = null, string? codebookPath = null, TopicMode mode = TopicMode.Clustering, string? onnxModel = null) =>
        PolicyAnalyzer.Create(builder =>
        {
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
}
