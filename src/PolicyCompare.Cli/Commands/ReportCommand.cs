using System.CommandLine;
using PolicyCompare.Alignment;
using PolicyCompare.Analysis;
using PolicyCompare.Charts;
using PolicyCompare.Export;
using PolicyCompare.Reporting;
using PolicyCompare.Reporting.Composition;
using PolicyCompare.Cli.Terminal;

namespace PolicyCompare.Cli.Commands;

/// <summary><c>policycompare report &lt;corpus&gt; --out &lt;dir&gt;</c>: the whole pipeline, written as an HTML/Markdown report with charts and data.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var pipeline = new PipelineArguments();
        var output = new Option<string>("--out")
        {
            Description = "The report folder to write: a new or empty folder, or an earlier report (replaced atomically). Never an input, the current folder or home.",
            Required = true,
        };
        var force = new Option<bool>("--force") { Description = "Replace --out even when it holds files that are not an earlier report (never an input, the current folder or home)." };
        var language = new Option<string>("--lang") { Description = "Language of headings and labels: zh or en.", DefaultValueFactory = _ => "zh" }.OneOf("zh", "en");
        var formats = new Option<string>("--format") { Description = "Renderings to write, comma-separated: html, md; add parquet for data/*.parquet beside the CSV files.", DefaultValueFactory = _ => "html,md" };
        var pair = new Option<string[]>("--pair")
        {
            Description = "Two document ids whose tasks are matched in the alignment chart (default: the two plans with the most similar topic profiles).",
            Arity = new ArgumentArity(2, 2),
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("report", "Analyse a corpus and write report.html, report.md, charts/, data/*.csv (and data/*.parquet) and analysis.json.");
        pipeline.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(language);
        command.Options.Add(formats);
        command.Options.Add(pair);
        command.Options.Add(force);
        command.SetAction((result, cancel) => UserErrors.RunAsync(async () =>
        {
            var reportFormats = ParseFormats(result.GetValue(formats)!);
            PipelineArguments.CheckPair(result.GetValue(pair));
            var options = new ReportOptions { Language = result.GetValue(language) == "en" ? ReportLanguage.English : ReportLanguage.Chinese };
            // Every output check runs before any analysis, so a refused folder costs nothing.
            var target = OutputFolder.Check(result.GetValue(output)!, ReportFolderWriter.OutputKind, pipeline.Inputs(result), result.GetValue(force));
            var analyzer = pipeline.CreateAnalyzer(result);
            var written = await StageReporter.RunAsync(5, pipeline.Steps, async progress =>
            {
                var (analysis, alignment) = await InMemoryWork.RunAsync(async () =>
                {
                    var analysis = await pipeline.AnalyzeAsync(result, analyzer, StageReporter.ForPipeline(progress), cancel).ConfigureAwait(false);
                    return (analysis, await MatchAsync(analyzer, analysis, result.GetValue(pair), cancel).ConfigureAwait(false));
                }, cancel).ConfigureAwait(false);
                progress.Report(4);
                var map = AnalysisCharts.TaskMapPoints(analysis);
                var document = new PolicyReportWriter().Write(target, new ReportInputs(analysis, alignment is null ? [] : [alignment], map), options, reportFormats, cancel);
                return (Corpus: analysis.Corpus, Topics: analysis.Topics, Notices: document.ChartNotices().ToArray());
            }).ConfigureAwait(false);

            CorpusLimitArguments.WriteNotices(written.Corpus, System.Console.Error);
            foreach (var notice in written.Notices)
            {
                // The report is written; the chart's place in it says the same.
                await System.Console.Error.WriteLineAsync("warning: " + notice.Text).ConfigureAwait(false);
            }

            await System.Console.Out.WriteLineAsync(
                $"Report on {Counted.Of(written.Corpus.Documents.Count, "plan")}, {Counted.Of(written.Corpus.Documents.Sum(d => d.PolicyTasks.Count), "task")} and {Counted.Of(written.Topics.Topics.Count, "topic")} written to {target.FullPath}").ConfigureAwait(false);
            return 0;
        }));
        return command;
    }

    internal static ReportFormats ParseFormats(string value)
    {
        var formats = ReportFormats.None;
        foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            formats |= part.ToLowerInvariant() switch
            {
                "html" => ReportFormats.Html,
                "md" or "markdown" => ReportFormats.Markdown,
                "parquet" => ReportFormats.Parquet,
                _ => throw new OptionValueException($"--format takes html, md and parquet, comma-separated (html,md); \"{part}\" is not one of them."),
            };
        }

        return formats == ReportFormats.None
            ? throw new OptionValueException("--format needs at least one format: html, md or both (html,md).")
            : formats;
    }

    /// <summary>The requested pair, else the most informative one (<see cref="AlignmentPairChoice"/>: one region over time, else the most alike plans).</summary>
    private static async Task<PlanAlignment?> MatchAsync(PolicyAnalyzer analyzer, CorpusAnalysis analysis, string[]? pair, CancellationToken cancel)
    {
        if (pair is { Length: 2 })
        {
            return await analyzer.Aligner.MatchPlansAsync(analysis.Corpus, pair[0], pair[1], analysis.Embedding, cancel).ConfigureAwait(false);
        }

        return AlignmentPairChoice.Choose(analysis) is { } chosen
            ? await analyzer.Aligner.MatchPlansAsync(analysis.Corpus, chosen.Left, chosen.Right, analysis.Embedding, cancel).ConfigureAwait(false)
            : null;
    }
}
