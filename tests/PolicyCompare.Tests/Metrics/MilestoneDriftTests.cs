using Microsoft.Extensions.Options;
using NUnit.Framework;
using PolicyCompare.Documents;
using PolicyCompare.Embeddings;
using PolicyCompare.Metrics;
using PolicyCompare.Metrics.TargetDrift;

namespace PolicyCompare.Tests.Metrics;

/// <summary>Milestones (issue 8 §13) enter target drift as deadline shifts, never as numbers.</summary>
public sealed class MilestoneDriftTests
{
    [Test]
    public async Task A_milestone_due_later_is_a_deadline_shift_and_a_later_deadline_flag()
    {
        var corpus = new TestCorpus(
            new PlanBuilder("a", "甲省", 2021)
                .Task("推进检查检验结果互认。2024年底，实现检查检验结果互认。", "tests")
                .Target("2024年底，实现检查检验结果互认", double.NaN, TargetComparator.Equal, TargetKind.Milestone, "", "检查检验结果互认", 2024),
            new PlanBuilder("b", "甲省", 2023)
                .Task("推进检查检验结果互认。2025年底，实现检查检验结果互认。", "tests")
                .Target("2025年底，实现检查检验结果互认", double.NaN, TargetComparator.Equal, TargetKind.Milestone, "", "检查检验结果互认", 2025));
        var result = await new TargetDriftAnalyzer(new SpaceSegmenter(), Options.Create(new MetricsOptions()))
            .AnalyzeAsync(corpus.Corpus, corpus.Topics, new CorpusEmbedding(corpus.Embeddings, new KeywordEmbeddingGenerator("互认")));
        var metric = result.Metrics.Single();
        var shift = metric.DeadlineShifts.Single();

        Assert.Multiple(() =>
        {
            Assert.That(metric.Kind, Is.EqualTo(TargetKind.Milestone));
            Assert.That((shift.EarlierDeadline, shift.LaterDeadline, shift.YearsMoved, shift.EarlierHorizon, shift.LaterHorizon),
                Is.EqualTo(((int?)2024, (int?)2025, (int?)1, (int?)3, (int?)2)));
            Assert.That(metric.Flags.Select(f => (f.Kind, f.Description)), Is.EqualTo(new[]
            {
                (DriftFlagKind.LaterDeadline, "检查检验结果互认 due 2024 → due 2025"),
            }));
            Assert.That(metric.Points.Select(p => p.Value), Is.All.NaN, "no number is invented");
        });
    }

    [Test]
    public async Task Full_coverage_and_a_dated_outcome_are_different_metrics()
    {
        var corpus = new TestCorpus(
            new PlanBuilder("a", "甲省", 2021)
                .Task("推进检查检验结果互认。实现检查检验结果互认全覆盖。", "tests")
                .Target("全覆盖", double.NaN, TargetComparator.Equal, TargetKind.Milestone, "", "检查检验结果互认"),
            new PlanBuilder("b", "乙省", 2023)
                .Task("推进检查检验结果互认。2025年底，实现检查检验结果互认。", "tests")
                .Target("2025年底，实现检查检验结果互认", double.NaN, TargetComparator.Equal, TargetKind.Milestone, "", "检查检验结果互认", 2025));
        var result = await new TargetDriftAnalyzer(new SpaceSegmenter(), Options.Create(new MetricsOptions()))
            .AnalyzeAsync(corpus.Corpus, corpus.Topics, new CorpusEmbedding(corpus.Embeddings, new KeywordEmbeddingGenerator("互认")));

        Assert.That(result.Metrics.Select(m => m.Points.Count), Is.EqualTo(new[] { 1, 1 }));
    }
}
