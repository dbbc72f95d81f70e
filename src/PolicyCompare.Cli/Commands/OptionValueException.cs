namespace PolicyCompare.Cli.Commands;

/// <summary>
/// An option's value the command cannot use (<c>--format pdf</c>, <c>--plans 0</c>): a usage error like those the parser
/// finds, so it ends with <see cref="PolicyCompareCommandLine.UsageError"/> (2), not 1, which is kept for bad input files.
/// </summary>
/// <param name="message">One sentence naming the option, the value given and what it takes.</param>
internal sealed class OptionValueException(string message) : PolicyCompareException(message);
