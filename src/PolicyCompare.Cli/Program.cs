using PolicyCompare.Cli.Commands;

return await PolicyCompareCommandLine.RunAsync(args, Console.Error);
