using NUnit.Framework;
using PolicyCompare.Documents;
using PolicyCompare.Parsing;

namespace PolicyCompare.Tests.Parsing;

/// <summary>Plans written for the tests (TestData/plans) and helpers to parse text.</summary>
internal static class TestPlans
{
    public static string Folder => System.IO.Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "plans");

    public static string Path(string name) => System.IO.Path.Combine(Folder, name);

    public static string Read(string name) => File.ReadAllText(Path(name));

    public static PolicyDocument Parse(string text, string id = "plan") => new PlanParser().Parse(text, new DocumentMetadata(id));

    /// <summary>Asserts the span partition is ordered, gap-free and covers the text, and every task lies in task spans.</summary>
    public static void AssertConservation(PolicyDocument document)
    {
        var spans = document.Spans;
        Assert.That(spans, Is.Not.Empty);
        Assert.That(spans[0].Span.Start, Is.Zero, "first span starts at 0");
        Assert.That(spans[^1].Span.End, Is.EqualTo(document.SourceText.Length), "last span ends at the end");
        for (var i = 1; i < spans.Count; i++)
        {
            Assert.That(spans[i].Span.Start, Is.EqualTo(spans[i - 1].Span.End), $"span {i} starts where span {i - 1} ends");
            Assert.That(spans[i].Span.Length, Is.Positive, $"span {i} is not empty");
        }

        Assert.That(spans.Sum(s => s.Span.Length), Is.EqualTo(document.SourceText.Length));
        var taskSpans = spans.Where(s => s.Kind == SpanKind.Task).ToList();
        foreach (var task in document.Tasks)
        {
            var first = taskSpans.FirstOrDefault(s => s.Span.Start == task.Span.Start);
            Assert.That(first, Is.Not.Null, $"task {task.Ordinal} starts a task span");
            foreach (var offset in task.Text.SourceOffsets)
            {
                Assert.That(taskSpans.Any(s => offset >= s.Span.Start && offset < s.Span.End), Is.True, $"task {task.Ordinal} text maps into task spans");
            }

            AssertMapsBack(document.SourceText, task.Text);
        }
    }

    /// <summary>Every normalized character is its source character (traditional folded to simplified), or a space standing for a source blank.</summary>
    public static void AssertMapsBack(string source, NormalizedText text)
    {
        for (var i = 0; i < text.Value.Length; i++)
        {
            var c = text.Value[i];
            var s = source[text.ToSourceOffset(i)];
            Assert.That(c == PolicyCompare.Text.ChineseCharacterFolding.Fold(s) || (c == ' ' && char.IsWhiteSpace(s)), Is.True, $"normalized char {i} '{c}' maps to source '{s}'");
            if (i > 0)
            {
                Assert.That(text.ToSourceOffset(i), Is.GreaterThan(text.ToSourceOffset(i - 1)), "offsets increase");
            }
        }
    }
}
