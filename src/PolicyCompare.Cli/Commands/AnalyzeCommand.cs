using System.CommandLine;
using System.Globalization;
using System.Text;
using PolicyCompare.Analysis;
using PolicyCompare.Cli.Terminal;
using PolicyCompare.Export;

namespace PolicyCompare.Cli.Commands;

/// <summary>
/// <c>policycompare analyze &lt;corpus&gt; [--json]</c>: coverage, target drift and department load, as a summary or as the
/// same JSON document a report writes to <c>analysis.json</c>.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var pipeline = new PipelineArguments();
        var json = new Option<bool>("--json") { Description = "Print the whole analysis as JSON (the report's analysis.json) instead of a summary." };
        var command = new Command("analyze", "Measure topic coverage, target drift and department load across the plans.");
        pipeline.AddTo(command);
        command.Options.Add(json);
        command.SetAction((result, cancel) => UserErrors.RunAsync(async () =>
        {
            var analyzer = pipeline.CreateAnalyzer(result);
            var analysis = await StageReporter.RunAsync(4, pipeline.Steps, progress => InMemoryWork.RunAsync(() =>
                pipeline.AnalyzeAsync(result, analyzer, StageReporter.ForPipeline(progress), cancel), cancel)).ConfigureAwait(false);
            CorpusLimitArguments.WriteNotices(analysis.Corpus, System.Console.Error);
            if (result.GetValue(json))
            {
                AnalysisJson.Write(analysis, System.Console.Out);
                await System.Console.Out.WriteLineAsync().ConfigureAwait(false);
                return 0;
            }

            await System.Console.Out.WriteAsync(Summarize(analysis)).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }

    internal static string Summarize(CorpusAnalysis analysis)
    {
        var text = new StringBuilder();
        var topicCount = analysis.Topics.Topics.Count;
        text.AppendLine(CultureInfo.InvariantCulture, $"{Counted.Of(analysis.Corpus.Documents.Count, "plan")}, {Counted.Of(analysis.Corpus.Documents.Sum(d => d.PolicyTasks.Count), "task")}, {Counted.Of(topicCount, "topic")} ({analysis.Settings.TopicMethod})");
        text.AppendLine();
        text.AppendLine("Coverage                      tasks  topics   unique  gaps  entropy  eff.topics   HHI");
        foreach (var region in analysis.Coverage.Regions)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  {TerminalText.PadRight(Name(region.Plan), 26)}{region.TaskCount,7}  {region.TopicsCovered,3}/{region.TopicCount,-3}  {region.UniqueTopics.Count,6}  {region.Gaps.Count,4}  {region.Diversity.EntropyNats,7:0.00}  {region.Diversity.EffectiveTopics,10:0.0}  {region.Diversity.Herfindahl,5:0.000}");
        }

        text.AppendLine();
        var shared = analysis.TargetDrift.Metrics.Where(m => m.Points.Select(p => p.Plan.DocumentId).Distinct(StringComparer.Ordinal).Count() > 1).ToArray();
        text.AppendLine(CultureInfo.InvariantCulture, $"Target metrics: {analysis.TargetDrift.Metrics.Count}, stated by more than one plan: {shared.Length}");
        foreach (var metric in shared)
        {
            var points = string.Join("; ", metric.Points.Select(p =>
                $"{Name(p.Plan)} {(double.IsNaN(p.Value) ? p.Scope : p.Value.ToString("0.##", CultureInfo.InvariantCulture) + p.Unit)}{(p.DeadlineYear is { } y ? $" by {y}" : string.Empty)}{(string.IsNullOrEmpty(p.Population) ? string.Empty : $" ({p.Population})")}"));
            text.AppendLine(CultureInfo.InvariantCulture, $"  {metric.Name}: {points}{(metric.Flags.Count > 0 ? $"  [{Counted.Of(metric.Flags.Count, "flag")}]" : string.Empty)}");
        }

        text.AppendLine();
        text.AppendLine("Department load               agencies   HHI    Gini  lead agency (share of tasks led)");
        foreach (var plan in analysis.DepartmentLoad.Concentration)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  {TerminalText.PadRight(Name(plan.Plan), 26)}{plan.AgencyCount,8}  {plan.Herfindahl,5:0.000}  {plan.Gini,5:0.000}  {plan.LeadAgencyName ?? "—"} ({plan.LeadAgencyShare * 100:0}%)");
        }

        foreach (var plan in analysis.DepartmentLoad.NotStated)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {TerminalText.PadRight(Name(plan.Plan), 26)}not stated ({(plan.TaskCount == 1 ? "its 1 task names" : $"its {plan.TaskCount} tasks name")} no department)");
        }

        return text.ToString();
    }

    private static string Name(Metrics.PlanReference plan) =>
        plan.Year is { } year ? $"{plan.Region} {year.ToString(CultureInfo.InvariantCulture)}" : plan.Region;
}
