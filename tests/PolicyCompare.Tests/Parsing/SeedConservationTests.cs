using NUnit.Framework;
using PolicyCompare.Documents;
using PolicyCompare.Serialization;

namespace PolicyCompare.Tests.Parsing;

public sealed class SeedConservationTests
{
    private static readonly string[] Ids = ["jilin-2021", "chengdu-2021", "jingmen-2017", "hubei-2024", "innermongolia-2016"];

    [TestCaseSource(nameof(Ids))]
    public void Every_character_belongs_to_exactly_one_span(string id) => TestPlans.AssertConservation(SeedCorpus.Document(id));

    [TestCaseSource(nameof(Ids))]
    public void Task_spans_hold_no_page_furniture(string id)
    {
        var document = SeedCorpus.Document(id);
        var taskText = string.Concat(document.Spans.Where(s => s.Kind == SpanKind.Task).Select(s => s.Span.Slice(document.SourceText)));

        Assert.Multiple(() =>
        {
            foreach (var debris in new[] { "ICP", "版权所有", "主办单位", "扫一扫", "相关主题", "来源:", "当前位置", "抄送", "附件" })
            {
                Assert.That(taskText, Does.Not.Contain(debris));
            }
        });
    }

    [TestCaseSource(nameof(Ids))]
    public void Responsibilities_and_targets_lie_inside_their_task(string id)
    {
        var document = SeedCorpus.Document(id);

        Assert.Multiple(() =>
        {
            foreach (var task in document.Tasks)
            {
                foreach (var r in task.Responsibilities)
                {
                    Assert.That(task.Span.Contains(r.Span), Is.True, $"{task.Number} {r.Name}");
                    Assert.That(TextNormalizerView(r.Span.Slice(document.SourceText)), Is.EqualTo(r.Name));
                }

                foreach (var t in task.Targets)
                {
                    Assert.That(task.Span.Contains(t.Span), Is.True, $"{task.Number} {t.Text}");
                }

                if (task.ResponsibilitySpan is { } span)
                {
                    Assert.That(task.Span.End, Is.EqualTo(span.End), $"{task.Number} ends at its department bracket");
                }
            }
        });
    }

    [TestCaseSource(nameof(Ids))]
    public void Parsing_is_deterministic(string id)
    {
        var first = new PolicyCompare.Parsing.PlanParser().Parse(SeedCorpus.Document(id).SourceText, SeedCorpus.Document(id).Metadata);
        var second = new PolicyCompare.Parsing.PlanParser().Parse(SeedCorpus.Document(id).SourceText, SeedCorpus.Document(id).Metadata);

        Assert.That(System.Text.Json.JsonSerializer.Serialize(PolicyJson.ToModel(second), PolicyJson.Options),
            Is.EqualTo(System.Text.Json.JsonSerializer.Serialize(PolicyJson.ToModel(first), PolicyJson.Options)));
    }

    private static string TextNormalizerView(string source) => string.Concat(source.Where(c => !char.IsWhiteSpace(c)));
}
