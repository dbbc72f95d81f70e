using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace PolicyCompare.Cli.Commands;

/// <summary>Turns bad input into one line on standard error and exit code 1; never a stack trace for a user error.</summary>
internal static class UserErrors
{
    public static async Task<int> RunAsync(Func<Task<int>> body)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (Exception e) when (e is PolicyCompareException or ValidationException or OptionsValidationException)
        {
            await System.Console.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return 1;
        }
    }
}
