using NUnit.Framework;
using PolicyCompare.Analysis;
using Microsoft.Extensions.Options;
using PolicyCompare.Alignment;
using PolicyCompare.Text;

namespace PolicyCompare.Tests.Alignment;

public sealed class HungarianPlanMatcherTests
{
    private static HungarianPlanMatcher Matcher() => new(new JiebaTextSegmenter(), Options.Create(new AlignmentOptions()));

    [Test]
    public void Match_PairsTasksByContent_WhateverTheirOrder()
    {
        var left = TestPlans.Plan("left", "推进医联体建设。", "推进药品集中采购。", "加强中医药服务。");
        var right = TestPlans.Plan("right", "加强中医药服务。", "推进医联体建设。", "推进药品集中采购。");
        var embeddings = TestPlans.Vectors(
            ("left", 1, [1f, 0f, 0f]), ("left", 2, [0f, 1f, 0f]), ("left", 3, [0f, 0f, 1f]),
            ("right", 1, [0.1f, 0f, 1f]), ("right", 2, [1f, 0.1f, 0f]), ("right", 3, [0f, 1f, 0.1f]));

        var alignment = Matcher().Match(left, right, embeddings);

        Assert.Multiple(() =>
        {
            Assert.That(alignment.OneToOne.Select(l => (l.Left.Ordinal, l.Right.Ordinal)), Is.EqualTo(new[] { (1, 2), (2, 3), (3, 1) }));
            Assert.That(alignment.Unmatched, Is.Empty);
            var first = alignment.Links[0];
            Assert.That(first.Evidence.LeftSpan, Is.EqualTo(left.Tasks[0].Span));
            Assert.That(first.Evidence.RightSpan, Is.EqualTo(right.Tasks[1].Span));
            Assert.That(first.Evidence.SharedTerms, Does.Contain("医联体"));
            Assert.That(alignment.Similarity[0][1], Is.EqualTo(first.Score));
        });
    }

    [Test]
    public void Match_AddsAnExtraLink_WhenOneTaskCoversTwo_AndListsTheUnmatchedWithTheirBestCandidate()
    {
        // left#1 covers both right#1 and right#2 (procurement and pricing); left#2 resembles nothing.
        var left = TestPlans.Plan("left", "推进药品集中采购和价格改革。", "开展爱国卫生运动。");
        var right = TestPlans.Plan("right", "推进药品集中采购。", "深化医疗服务价格改革。");
        var embeddings = TestPlans.Vectors(
            ("left", 1, [1f, 0.9f, 0f]), ("left", 2, [0f, 0.1f, 1f]),
            ("right", 1, [1f, 0.1f, 0f]), ("right", 2, [0.1f, 1f, 0f]));

        var alignment = Matcher().Match(left, right, embeddings);

        Assert.Multiple(() =>
        {
            Assert.That(alignment.OneToOne.Select(l => (l.Left.Ordinal, l.Right.Ordinal)), Is.EqualTo(new[] { (1, 1) }));
            Assert.That(alignment.Links.Where(l => l.Kind == LinkKind.Additional).Select(l => (l.Left.Ordinal, l.Right.Ordinal)), Is.EqualTo(new[] { (1, 2) }));
            Assert.That(alignment.Unmatched.Select(u => u.Task), Is.EqualTo(new[] { new TaskKey("left", 2) }));
            Assert.That(alignment.Unmatched[0].BestCandidate, Is.EqualTo(new TaskKey("right", 2)));
        });
    }

    [Test]
    public void SeedPlans_Jilin2021AndChengdu2021_MatchOneToOne_OnAtLeast18SameNumberTasks()
    {
        // Both plans follow the 2021 national template: task (n) of one is about the same thing as task (n) of the other
        // (Chengdu swaps (十四)/(十五), which a content matcher must follow rather than the numbers).
        var corpus = TestPlans.Seeds;
        var alignment = PolicyAnalyzer.Create().Aligner.MatchPlansAsync(corpus, "jilin-2021", "chengdu-2021").GetAwaiter().GetResult();
        var jilin = corpus["jilin-2021"];
        var chengdu = corpus["chengdu-2021"];
        var sameNumber = alignment.OneToOne.Count(l =>
            jilin.Tasks[l.Left.Ordinal - 1].Number == chengdu.Tasks[l.Right.Ordinal - 1].Number);
        var sameTheme = alignment.OneToOne.Count(l => l.Left.Ordinal == l.Right.Ordinal
            || (l.Left.Ordinal, l.Right.Ordinal) is (14, 15) or (15, 14));
        Assert.Multiple(() =>
        {
            Assert.That(jilin.Tasks, Has.Count.EqualTo(20));
            Assert.That(chengdu.Tasks, Has.Count.EqualTo(20));
            Assert.That(sameNumber, Is.GreaterThanOrEqualTo(18));
            Assert.That(sameTheme, Is.GreaterThanOrEqualTo(19));
        });
    }
}
