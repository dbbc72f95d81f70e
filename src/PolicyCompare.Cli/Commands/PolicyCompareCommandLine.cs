using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using PolicyCompare.Cli.Terminal;

namespace PolicyCompare.Cli.Commands;

/// <summary>
/// The <c>policycompare</c> command line: the commands of <see cref="CommandCatalog"/> under a root named as the
/// installed tool is, unknown options rejected, and parse errors told as plain sentences with exit code
/// <see cref="UsageError"/>.
/// </summary>
internal static class PolicyCompareCommandLine
{
    /// <summary>Exit code of a command line that was not understood (unknown option, missing argument, bad value).</summary>
    public const int UsageError = 2;

    /// <summary>The root command, with its help and version options and every subcommand.</summary>
    public static Command Create()
    {
        // Not RootCommand: it takes its name from the executable (PolicyCompare.Cli.dll), and help would say so.
        var root = new Command("policycompare", "PolicyCompare: parse, align, measure and report on Chinese health-reform work plans.")
        {
            new HelpOption(),
            new VersionOption(),
        };
        foreach (var command in CommandCatalog.Create())
        {
            RejectUnknownOptions(command);
            root.Subcommands.Add(command);
        }

        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; parse errors go to <paramref name="error"/> as plain sentences.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter error, CancellationToken cancel = default)
    {
        var root = Create();
        var result = root.Parse(args);
        if (result.Errors.Count == 0)
        {
            // The caller owns Ctrl+C/SIGTERM (Program.cs cancels the token), so System.CommandLine registers no handler.
            return await result.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }, cancel).ConfigureAwait(false);
        }

        foreach (var message in Describe(result).Distinct(StringComparer.Ordinal))
        {
            await error.WriteLineAsync($"error: {message}").ConfigureAwait(false);
        }

        var command = result.CommandResult.Command;
        var help = command == root ? "policycompare --help" : $"policycompare {command.Name} --help";
        await error.WriteLineAsync($"Run '{help}' to see what it takes.").ConfigureAwait(false);
        return UsageError;
    }

    /// <summary>The parse errors in words: System.CommandLine's own phrasing for two of them names its internals.</summary>
    private static IEnumerable<string> Describe(ParseResult result)
    {
        var command = result.CommandResult.Command;
        foreach (var token in result.UnmatchedTokens)
        {
            yield return token.StartsWith('-')
                ? $"{CommandPath(command)} has no option {token}."
                : command.Subcommands.Count > 0
                    ? $"{CommandPath(command)} has no command {token}; the commands are {OptionValues.Alternatives(command.Subcommands.Select(c => c.Name).ToArray())}."
                    : $"{CommandPath(command)} takes no further value {token}.";
        }

        if (command.Subcommands.Count > 0 && result.UnmatchedTokens.Count == 0 && result.CommandResult.Tokens.Count == 0)
        {
            yield return $"Name a command: {OptionValues.Alternatives(command.Subcommands.Select(c => c.Name).ToArray())}.";
        }

        foreach (var argument in command.Arguments)
        {
            if (argument.Arity.MinimumNumberOfValues > 0 && (result.GetResult(argument) is not ArgumentResult given || given.Tokens.Count == 0))
            {
                yield return argument.Name is "paths" or "corpus"
                    ? $"Name at least one plan file or folder: policycompare {command.Name} <{argument.Name}>..."
                    : $"{command.Name} needs <{argument.Name}>: policycompare {command.Name} <{argument.Name}>";
            }
        }

        foreach (var parseError in result.Errors)
        {
            // A value of the wrong type: System.CommandLine names the .NET type (System.Nullable`1[System.Int32]).
            var typed = parseError.SymbolResult switch
            {
                ArgumentResult { Parent: OptionResult parent } argument => (parent.Option, argument.Tokens),
                OptionResult option => (option.Option, option.Tokens),
                _ => ((Option?)null, (IReadOnlyList<Token>?)null),
            };
            if (parseError.Message.StartsWith("Cannot parse argument", StringComparison.Ordinal) && typed.Item1 is { } wrong)
            {
                var type = Nullable.GetUnderlyingType(wrong.ValueType) ?? wrong.ValueType;
                var expected = type == typeof(int) || type == typeof(long) ? "a whole number, such as 10"
                    : type == typeof(double) || type == typeof(float) || type == typeof(decimal) ? "a number, such as 2.5"
                    : "a value of another form";
                yield return $"{wrong.Name} takes {expected}; \"{(typed.Item2 is { Count: > 0 } given ? given[^1].Value : string.Empty)}\" is not one.";
                continue;
            }

            if (parseError.Message.StartsWith("Required argument missing", StringComparison.Ordinal) && typed.Item1 is { } empty)
            {
                // An option given without its value (--out at the end, --pair with one id): the parser's own line names
                // neither what is missing nor how many.
                var wanted = Math.Max(1, empty.Arity.MinimumNumberOfValues);
                var given = typed.Item2?.Count ?? 0;
                yield return wanted == 1
                    ? $"{empty.Name} needs a value."
                    : $"{empty.Name} needs {wanted} values; {given} {(given == 1 ? "was" : "were")} given.";
                continue;
            }

            if (!parseError.Message.StartsWith("Required argument missing", StringComparison.Ordinal)
                && !parseError.Message.StartsWith("Required command was not provided", StringComparison.Ordinal)
                && !parseError.Message.StartsWith("Unrecognized command or argument", StringComparison.Ordinal))
            {
                yield return parseError.Message;
            }
        }
    }

    private static string CommandPath(Command command) => command.Name == "policycompare" ? "policycompare" : "policycompare " + command.Name;

    /// <summary>
    /// System.CommandLine hands a token it does not know (<c>--jsn</c>) to a command's argument, where it would be read
    /// as a file name; a value that starts with '-' and names no existing file is an unknown option instead.
    /// </summary>
    private static void RejectUnknownOptions(Command command)
    {
        foreach (var argument in command.Arguments)
        {
            argument.Validators.Add(result =>
            {
                foreach (var token in result.Tokens)
                {
                    if (token.Value.StartsWith('-') && token.Value.Length > 1 && !File.Exists(token.Value) && !Directory.Exists(token.Value))
                    {
                        result.AddError($"policycompare {command.Name} has no option {token.Value}.");
                    }
                }
            });
        }

        foreach (var subcommand in command.Subcommands)
        {
            RejectUnknownOptions(subcommand);
        }
    }
}
