using System.CommandLine;
using System.Globalization;
using System.Text;
using PolicyCompare.Cli.Terminal;
using PolicyCompare.Corpus;
using PolicyCompare.Documents;
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
        var limits = new CorpusLimitArguments();
        var command = new Command("parse", "Parse work plans into sections, tasks, departments and targets.") { paths, json };
        limits.AddTo(command);
        command.SetAction((result, cancel) => UserErrors.RunAsync(Console.Error, () => InMemoryWork.RunAsync(
            () => Task.FromResult(Run(result.GetValue(paths) ?? [], result.GetValue(json), Console.Out, Console.Error, builder => limits.Apply(result, builder), cancel)), cancel)));
        return command;
    }

    /// <summary>Runs the command; user errors give one line on stderr and exit code 1.</summary>
    public static int Run(
        IReadOnlyList<string> paths, bool json, TextWriter output, TextWriter error, Action<DependencyInjection.IPolicyCompareBuilder>? configure = null,
        CancellationToken cancel = default)
    {
        PolicyCorpus corpus;
        try
        {
            corpus = PipelineArguments.CreateAnalyzer(configure: configure).Load(paths, cancel);
        }
        catch (PolicyCompareException ex)
        {
            error.WriteLine($"error: {ex.Message}");
            return 1;
        }

        if (json)
        {
            output.WriteLine(PolicyJson.Serialize(corpus));
            CorpusLimitArguments.WriteNotices(corpus, error);
            return 0;
        }

        WriteTable(corpus, output);
        CorpusLimitArguments.WriteNotices(corpus, error);

        foreach (var warning in corpus.Documents.SelectMany(d => d.Warnings))
        {
            error.WriteLine($"warning: {warning.DocumentId} line {warning.Line.ToString(CultureInfo.InvariantCulture)}: {warning.Message}");
        }

        return 0;
    }

    private static void WriteTable(PolicyCorpus corpus, TextWriter output)
    {
        string[] header = ["id", "region", "year", "tasks", "sections", "departments", "leads marked/rule/convention", "targets", "warnings"];
        var rows = corpus.Documents.Select(d => new[]
        {
            d.Id,
            d.Metadata.Region ?? "?",
            d.Metadata.Year?.ToString(CultureInfo.InvariantCulture) ?? "?",
            d.PolicyTasks.Count.ToString(CultureInfo.InvariantCulture),
            d.Sections.Count.ToString(CultureInfo.InvariantCulture),
            d.StatesResponsibilities
                ? d.Tasks.SelectMany(t => t.Responsibilities).Where(r => !r.IsUnspecified).Select(r => r.Canonical ?? r.Name).Distinct(StringComparer.Ordinal).Count().ToString(CultureInfo.InvariantCulture)
                : "not stated",
            d.StatesResponsibilities ? LeadBases(d) : "-",
            d.Tasks.Sum(t => t.Targets.Count).ToString(CultureInfo.InvariantCulture),
            d.Warnings.Count.ToString(CultureInfo.InvariantCulture),
        }).ToList();
        var widths = header.Select((h, i) => rows.Select(r => TerminalText.DisplayWidth(r[i])).Append(TerminalText.DisplayWidth(h)).Max()).ToArray();
        WriteRow(output, header, widths);
        WriteRow(output, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in rows)
        {
            WriteRow(output, row, widths);
        }

        var warnings = corpus.Documents.Sum(d => d.Warnings.Count);
        output.WriteLine($"{Counted.Of(corpus.Documents.Count, "document")}, {Counted.Of(corpus.Documents.Sum(d => d.PolicyTasks.Count), "task")}{(warnings > 0 ? ", " + Counted.Of(warnings, "parse warning") : string.Empty)}.");
    }

    /// <summary>How many leads are marked 牵头, follow the plan's own rule, or rest on the first-listed convention.</summary>
    private static string LeadBases(PolicyDocument document)
    {
        var leads = document.Tasks.SelectMany(t => t.Responsibilities).Where(r => r.LeadBasis is not null).ToList();
        int Count(LeadBasis basis) => leads.Count(r => r.LeadBasis == basis);
        return string.Create(CultureInfo.InvariantCulture, $"{Count(LeadBasis.Explicit)}/{Count(LeadBasis.PlanRule)}/{Count(LeadBasis.Convention)}");
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
