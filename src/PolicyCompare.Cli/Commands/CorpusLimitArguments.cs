using System.CommandLine;
using System.Globalization;
using PolicyCompare.Corpus;
using PolicyCompare.DependencyInjection;

namespace PolicyCompare.Cli.Commands;

/// <summary><c>--strict</c> and <c>--max-document-size</c>: how the corpus loader treats bad and oversized files.</summary>
internal sealed class CorpusLimitArguments
{
    public Option<bool> Strict { get; } = new("--strict")
    {
        Description = "Fail (exit 1) when any plan file cannot be read or parsed, instead of skipping it with a warning.",
    };

    public Option<double?> MaxDocumentSize { get; } = new("--max-document-size")
    {
        Description = $"The largest plan file read, in MB (default {CorpusOptions.DefaultMaxDocumentBytes / (1024 * 1024)}); larger files are skipped.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Strict);
        command.Options.Add(MaxDocumentSize);
    }

    /// <summary>Sets the corpus options the command line asks for.</summary>
    /// <exception cref="PolicyCompareException">The size is not a positive number.</exception>
    public void Apply(ParseResult result, IPolicyCompareBuilder builder)
    {
        var strict = result.GetValue(Strict);
        var megabytes = result.GetValue(MaxDocumentSize);
        if (megabytes is { } mb && (!double.IsFinite(mb) || mb <= 0 || mb > 1024 * 1024))
        {
            throw new OptionValueException($"--max-document-size must be a positive number of MB, not {mb.ToString(CultureInfo.InvariantCulture)}.");
        }

        builder.ConfigureCorpus(o =>
        {
            o.Strict = strict;
            if (megabytes is { } size)
            {
                o.MaxDocumentBytes = (long)Math.Ceiling(size * 1024 * 1024);
            }
        });
    }

    /// <summary>One line per skipped file, then the loader's notices, on standard error.</summary>
    public static void WriteNotices(PolicyCorpus corpus, TextWriter error)
    {
        foreach (var skipped in corpus.Skipped)
        {
            error.WriteLine($"skipped: {skipped}");
        }

        foreach (var notice in corpus.Notices)
        {
            error.WriteLine($"note: {notice}");
        }
    }
}
