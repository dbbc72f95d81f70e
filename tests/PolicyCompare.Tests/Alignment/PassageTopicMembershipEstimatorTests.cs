using Microsoft.Extensions.Options;
using NUnit.Framework;
using PolicyCompare.Alignment;
using PolicyCompare.Tests.Metrics;

namespace PolicyCompare.Tests.Alignment;

public sealed class PassageTopicMembershipEstimatorTests
{
    // Texts are pre-segmented (SpaceSegmenter splits on spaces and punctuation).
    private static TestCorpus Corpus() => new(
        new PlanBuilder("a", "甲", 2020)
            .Task("医保 支付 方式 改革，推行 按病种 付费。", "pay")
            .Task("医疗服务 价格 调整，理顺 比价 关系。", "price"),
        new PlanBuilder("b", "乙", 2021)
            .Task("深化 医保 支付 方式 改革，按病种 付费 总额 预算。同时 调整 医疗服务 价格 比价。", "pay")
            .Task("医疗服务 价格 动态 调整 机制。", "price")
            .Task("中医药 传承 发展 中医 医院。", "tcm"));

    private static PassageTopicMembershipEstimator Estimator(double threshold = 0.25) =>
        new(new SpaceSegmenter(), Options.Create(new MembershipOptions { Threshold = threshold, TopicWordCount = null }));

    [Test]
    public void ASecondSentenceOnAnotherTopic_IsAFurtherMembership_WithItsPassageAndSourceSpan()
    {
        var corpus = Corpus();
        var memberships = Estimator().Estimate(corpus.Corpus, corpus.Topics);
        var task = new TaskKey("b", 1);
        var price = memberships.Find(task, "price");
        Assert.Multiple(() =>
        {
            Assert.That(memberships.Find(task, "pay")!.Role, Is.EqualTo(MembershipRole.Focus));
            Assert.That(price, Is.Not.Null);
            Assert.That(price!.Role, Is.EqualTo(MembershipRole.Addresses));
            Assert.That(price.Evidence!.Text, Does.Contain("医疗服务 价格"));
            var source = corpus.Corpus["b"].SourceText;
            Assert.That(source.Substring(price.Evidence.Span.Start, price.Evidence.Span.Length), Is.EqualTo(price.Evidence.Text));
            Assert.That(price.Score, Is.GreaterThanOrEqualTo(0.25).And.LessThanOrEqualTo(1));
            // Nothing in b#1 is about Chinese medicine, and a's tasks stay within their own topic.
            Assert.That(memberships.Find(task, "tcm"), Is.Null);
            Assert.That(memberships.Of(new TaskKey("a", 1)).Select(m => m.TopicId), Is.EqualTo(new[] { "pay" }));
        });
    }

    [Test]
    public void EveryTask_KeepsItsFocusTopic_EvenAboveEveryThreshold()
    {
        var corpus = Corpus();
        var memberships = Estimator(threshold: 1.0).Estimate(corpus.Corpus, corpus.Topics);
        Assert.That(memberships.All.Where(m => m.Role == MembershipRole.Focus).Select(m => $"{m.Task}:{m.TopicId}"),
            Is.EqualTo(new[] { "a#1:pay", "a#2:price", "b#1:pay", "b#2:price", "b#3:tcm" }));
        Assert.That(memberships.All.Where(m => m.Role == MembershipRole.Addresses), Is.Empty);
    }

    [Test]
    public void SameInput_SameMemberships()
    {
        var corpus = Corpus();
        var first = Estimator().Estimate(corpus.Corpus, corpus.Topics).All;
        var second = Estimator().Estimate(corpus.Corpus, corpus.Topics).All;
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void OnTheSeeds_TheMembershipsAreTheSame_ForAnyNumberOfThreads()
    {
        var corpus = TestPlans.Seeds;
        var topics = PolicyCompare.Analysis.PolicyAnalyzer.Create().Aligner.FindTopicsAsync(corpus).GetAwaiter().GetResult();
        var segmenter = new PolicyCompare.Text.JiebaTextSegmenter();
        IReadOnlyList<TaskTopicMembership> Run(int threads) =>
            new PassageTopicMembershipEstimator(segmenter, Options.Create(new MembershipOptions { MaxDegreeOfParallelism = threads })).Estimate(corpus, topics).All;
        var one = Run(1);
        Assert.Multiple(() =>
        {
            Assert.That(one.Count(m => m.Role == MembershipRole.Addresses), Is.GreaterThan(0), "the seeds have further memberships");
            Assert.That(Run(4), Is.EqualTo(one));
            Assert.That(Run(-1), Is.EqualTo(one));
        });
    }

    [Test]
    public void ACancelledEstimate_Stops()
    {
        var corpus = Corpus();
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.That(() => Estimator().Estimate(corpus.Corpus, corpus.Topics, cancel.Token), Throws.InstanceOf<OperationCanceledException>());
    }
}
