using System.CommandLine;
using PolicyCompare.Cli.Commands;

var root = new RootCommand("PolicyCompare: parse, align, measure and report on Chinese health-reform work plans.");
foreach (var command in CommandCatalog.Create())
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync();
