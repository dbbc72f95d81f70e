using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace PolicyCompare.Cli.Commands;

/// <summary>
/// Typed option values with messages a user can act on: the default parsers name .NET types
/// (<c>System.Nullable`1[System.Int32]</c>) and the library's options validation names its classes, so every value
/// the command line takes is checked here first, in the words of the command line.
/// </summary>
internal static class OptionValues
{
    /// <summary>An optional whole-number option of at least <paramref name="minimum"/>.</summary>
    public static Option<int?> WholeNumber(string name, string description, int minimum, int maximum = int.MaxValue) => new(name)
    {
        Description = description,
        HelpName = "N",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                result.AddError($"{name} takes a whole number, such as {minimum + 9}; \"{text}\" is not one.");
                return null;
            }

            if (value < minimum || value > maximum)
            {
                result.AddError(maximum == int.MaxValue
                    ? $"{name} must be at least {minimum}; {value} is too small."
                    : $"{name} must be between {minimum} and {maximum}; {value} is outside that range.");
                return null;
            }

            return value;
        },
    };

    /// <summary>Restricts <paramref name="option"/> to <paramref name="values"/>, offered as completions and named in the error.</summary>
    public static Option<string> OneOf(this Option<string> option, params string[] values)
    {
        option.CompletionSources.Add(values);
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value is not null && !values.Contains(value, StringComparer.Ordinal))
            {
                result.AddError($"{option.Name} must be {Alternatives(values)}; \"{value}\" is not one of them.");
            }
        });
        return option;
    }

    /// <summary>"a", "a or b", "a, b or c".</summary>
    public static string Alternatives(IReadOnlyList<string> values) =>
        values.Count == 1 ? values[0] : string.Join(", ", values.Take(values.Count - 1)) + " or " + values[^1];
}
