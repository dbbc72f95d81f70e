// FsCheck supplies the parameters of [Property] methods; the NUnit analyzer only knows NUnit attributes.
#pragma warning disable NUnit1027
using FsCheck.NUnit;
using PolicyCompare.Documents;
using PolicyCompare.Parsing;

namespace PolicyCompare.Tests.Parsing;

/// <summary>
/// Property-based checks on generated plans (seeded, so every run checks the same plans), including plans with
/// full-width digits, Markdown syntax and shuffled sections (<see cref="PlanArbitraries.Shape"/>).
/// </summary>
public sealed class PlanPartitionProperties
{
    [Property(MaxTest = 150, Arbitrary = [typeof(PlanArbitraries)], Replay = "(20261126,1)")]
    public bool Spans_partition_the_whole_text(GeneratedPlan plan)
    {
        var document = Parse(plan);
        var spans = document.Spans;
        return spans[0].Span.Start == 0
            && spans[^1].Span.End == plan.Text.Length
            && spans.Zip(spans.Skip(1)).All(p => p.First.Span.End == p.Second.Span.Start && p.Second.Span.Length > 0);
    }

    [Property(MaxTest = 150, Arbitrary = [typeof(PlanArbitraries)], Replay = "(20261127,3)")]
    public bool Every_task_is_found_with_its_title(GeneratedPlan plan)
    {
        var document = Parse(plan);
        return document.Tasks.Count == plan.TaskCount
            && document.Tasks.Select(t => t.Title).Zip(plan.TaskTitles).All(p => p.First == p.Second)
            && document.StatesResponsibilities == plan.StatesDepartments
            && (!plan.StatesDepartments || document.Tasks.All(t => t.Responsibilities.Count > 0));
    }

    [Property(MaxTest = 150, Arbitrary = [typeof(PlanArbitraries)], Replay = "(20261128,5)")]
    public bool Normalized_text_maps_back_to_the_source(GeneratedPlan plan)
    {
        var document = Parse(plan);
        return document.Tasks.All(task => MapsBack(plan.Text, task.Text) && !task.Text.Value.Contains(' ', StringComparison.Ordinal) && !task.Text.Value.Contains('\n', StringComparison.Ordinal))
            && document.Tasks.SelectMany(t => t.Responsibilities).All(r => Compact(r.Span.Slice(plan.Text)) == r.Name)
            && document.Tasks.SelectMany(t => t.Targets).All(t => Fold(Compact(t.Span.Slice(plan.Text))) == t.Text);
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(PlanArbitraries)], Replay = "(20261130,11)")]
    public bool Nothing_but_PolicyParseException_escapes_the_parser(string text)
    {
        try
        {
            var document = new PlanParser().Parse(text ?? "", new DocumentMetadata("mangled"));
            var spans = document.Spans;
            return spans[0].Span.Start == 0 && spans[^1].Span.End == text!.Length
                && spans.Zip(spans.Skip(1)).All(p => p.First.Span.End == p.Second.Span.Start);
        }
        catch (PolicyParseException ex)
        {
            // A reason the parser states, not an internal failure it wrapped at its boundary.
            return ex.InnerException is null ? true : throw new InvalidOperationException($"internal failure on: {text}", ex.InnerException);
        }
    }

    [Property(MaxTest = 150, Arbitrary = [typeof(PlanArbitraries)], Replay = "(20261130,13)")]
    public bool Shuffled_sections_are_reported_and_lose_nothing(GeneratedPlan plan)
    {
        var document = Parse(plan);
        var shuffled = plan.Text.Contains("二、", StringComparison.Ordinal) && plan.Text.IndexOf("二、", StringComparison.Ordinal) < plan.Text.IndexOf("一、", StringComparison.Ordinal);
        return document.Tasks.Count == plan.TaskCount && (!shuffled || document.Warnings.Count > 0);
    }

    [Property(MaxTest = 150, Arbitrary = [typeof(PlanArbitraries)], Replay = "(20261129,7)")]
    public bool Debris_is_never_part_of_a_task(GeneratedPlan plan)
    {
        var document = Parse(plan);
        var taskText = string.Concat(document.Spans.Where(s => s.Kind == SpanKind.Task).Select(s => s.Span.Slice(plan.Text)));
        return plan.Debris.All(d => !taskText.Contains(d, StringComparison.Ordinal))
            && !taskText.Contains("组织领导", StringComparison.Ordinal);
    }

    private static PolicyDocument Parse(GeneratedPlan plan) => new PlanParser().Parse(plan.Text, new DocumentMetadata("generated"));

    private static bool MapsBack(string source, NormalizedText text) =>
        Enumerable.Range(0, text.Value.Length).All(i =>
            (text.Value[i] == source[text.ToSourceOffset(i)] || text.Value[i] == SourceFolding.FoldChar(source[text.ToSourceOffset(i)]) || (text.Value[i] == ' ' && char.IsWhiteSpace(source[text.ToSourceOffset(i)])))
            && (i == 0 || text.ToSourceOffset(i) > text.ToSourceOffset(i - 1)));

    private static string Fold(string text) => string.Concat(text.Select(SourceFolding.FoldChar));

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
