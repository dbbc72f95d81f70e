using System.CommandLine;
using System.Globalization;
using System.Text;
using PolicyCompare.Cli.Terminal;
using PolicyCompare.Corpus;
using PolicyCompare.Serialization;

namespace PolicyCompare.Cli.Commands;

/// <summary><c>policycompare parse &lt;file-or-folder&gt;... [--json]</c>: parses plans and prints a summary table or the full JSON model.</summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Plan files (.txt, .html, .htm, .md) or corpus folders (with or without corpus.json).",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json") { Description = "Print the full parsed model as JSON instead of the summary table." };
        var command = new Command("parse", "Parse work plans into sections, tasks, departments and targets.") { paths, json };
        command.SetAction(result => Run(result.GetValue(paths) ?? [], result.GetValue(json), Console.Out, Console.Error));
        return command;
    }

    /// <summary>Runs the command; user errors give one line on stderr and exit code 1.</summary>
    public static int Run(IReadOnlyList<string> paths, bool json, TextWriter output, TextWriter error)
    {
        PolicyCorpus corpus;
        try
        {
            corpus = PipelineArguments.CreateAnalyzer().Load(paths);
        }
        catch (PolicyCompareException ex)
        {
            error.WriteLine($"error: {ex.Message}");
            return 1;
        }

        if (json)
        {
            output.WriteLine(PolicyJson.Serialize(corpus));
            return 0;
        }

        WriteTable(corpus, output);
        foreach (var notice in corpus.Notices)
        {
            error.WriteLine($"note: {notice}");
        }

        return 0;
    }

    private static void WriteTable(PolicyCorpus corpus, TextWriter output)
    {
        string[] header = ["id", "region", "year", "tasks", "sections", "departments", "targets"];
        var rows = corpus.Documents.Select(d => new[]
        {
            d.Id,
            d.Metadata.Region ?? "?",
            d.Metadata.Year?.ToString(CultureInfo.InvariantCulture) ?? "?",
            d.Tasks.Count.ToString(CultureInfo.InvariantCulture),
            d.Sections.Count.ToString(CultureInfo.InvariantCulture),
            d.StatesResponsibilities
                ? d.Tasks.SelectMany(t => t.Responsibilities).Select(r => r.Canonical ?? r.Name).Distinct(StringComparer.Ordinal).Count().ToString(CultureInfo.InvariantCulture)
                : "not stated",
            d.Tasks.Sum(t => t.Targets.Count).ToString(CultureInfo.InvariantCulture),
        }).ToList();
        var widths = header.Select((h, i) => rows.Select(r => TerminalText.DisplayWidth(r[i])).Append(TerminalText.DisplayWidth(h)).Max()).ToArray();
        WriteRow(output, header, widths);
        WriteRow(output, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in rows)
        {
            WriteRow(output, row, widths);
        }

        output.WriteLine($"{Counted.Of(corpus.Documents.Count, "document")}, {Counted.Of(corpus.Documents.Sum(d => d.Tasks.Count), "task")}.");
    }

    private static void WriteRow(TextWriter output, string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            var numeric = i >= 2 && cells[i].All(char.IsAsciiDigit);
            var pad = new string(' ', widths[i] - TerminalText.DisplayWidth(cells[i]));
            line.Append(numeric ? pad + cells[i] : cells[i] + pad);
            if (i < cells.Length - 1)
            {
                line.Append("  ");
            }
        }

        output.WriteLine(line.ToString().TrimEnd());
    }
}
