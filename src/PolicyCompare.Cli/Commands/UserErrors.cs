using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace PolicyCompare.Cli.Commands;

/// <summary>
/// Turns bad input into one line on standard error and exit code 1 (2 for an option's value the command cannot use,
/// like the parser's own usage errors), and a cancellation (Ctrl+C, SIGTERM: the command's
/// token) into one line and exit code 130 (128 + SIGINT, the shell convention); never a stack trace for either.
/// </summary>
internal static partial class UserErrors
{
    /// <summary>The exit code of a cancelled run.</summary>
    public const int CancelledExitCode = 130;

    /// <summary>Runs a command body that returns its exit code; user errors are written to standard error.</summary>
    public static Task<int> RunAsync(Func<Task<int>> body) => RunAsync(System.Console.Error, body);

    /// <summary>Runs a command body that succeeds with exit code 0; user errors are written to <paramref name="error"/>.</summary>
    public static Task<int> RunAsync(TextWriter error, Func<Task> body) => RunAsync(error, async () =>
    {
        await body().ConfigureAwait(false);
        return 0;
    });

    /// <summary>Runs a command body that returns its exit code; user errors are written to <paramref name="error"/>.</summary>
    public static async Task<int> RunAsync(TextWriter error, Func<Task<int>> body)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (OptionValueException e)
        {
            await error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return PolicyCompareCommandLine.UsageError;
        }
        catch (Exception e) when (e is PolicyCompareException or ValidationException)
        {
            await error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return 1;
        }
        catch (OptionsValidationException e)
        {
            // The command line checks its own values first; this is for a setting that reached the library some other
            // way. Its message leads with the validator and class names; the reason is what a user can act on.
            var reasons = e.Failures.Select(f => ValidationReason().Match(f) is { Success: true } m ? m.Groups["reason"].Value : f);
            await error.WriteLineAsync($"error: a setting is out of range: {string.Join(" ", reasons)}").ConfigureAwait(false);
            return 1;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("cancelled: stopped on request; no output was written and nothing existing was changed.").ConfigureAwait(false);
            return CancelledExitCode;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("with the error: '(?<reason>.*)'\\.?$")]
    private static partial System.Text.RegularExpressions.Regex ValidationReason();
}
