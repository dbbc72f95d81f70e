using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
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
        Description = "A topic codebook JSON file: tasks are assigned to its entries instead of being clustered.",
    };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Corpus);
        command.Options.Add(Topics);
        command.Options.Add(Codebook);
    }

    /// <summary>Builds the pipeline the command line asks for, through the same registration a library user calls.</summary>
    public ServiceProvider BuildServices(ParseResult result)
    {
        var topicCount = result.GetValue(Topics);
        var codebook = result.GetValue(Codebook);
        var services = new ServiceCollection();
        var builder = services.AddPolicyCompare();
        if (topicCount is { } k)
        {
            builder.ConfigureTopics(o => o.TopicCount = k);
        }

        if (codebook is not null)
        {
            builder.UseCodebook(codebook);
        }

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public static PolicyAnalyzer Analyzer(ServiceProvider services) => services.GetRequiredService<PolicyAnalyzer>();
}
