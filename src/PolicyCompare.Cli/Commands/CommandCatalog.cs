using System.CommandLine;

namespace PolicyCompare.Cli.Commands;

/// <summary>Every subcommand of <c>policycompare</c>, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create()
    {
        yield return ParseCommand.Create();
        yield return AlignCommand.Create();
        yield return EvaluateCommand.Create();
        yield return AnalyzeCommand.Create();
        yield return ReportCommand.Create();
        yield return SynthCommand.Create();
    }
}
