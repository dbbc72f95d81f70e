using NUnit.Framework;
using Microsoft.Extensions.Options;
using PolicyCompare.Alignment;
using PolicyCompare.Metrics;
using PolicyCompare.Metrics.Coverage;

namespace PolicyCompare.Tests.Metrics;

public sealed class CoverageAnalyzerTests
{
    // A (2020): T1, T1, T2 and one task without topic → assigned 3, shares T1 2/3, T2 1/3.
    // B (2021): T1, T3 → shares ½, ½.
    // C (2019): T1, T2, T3, T4 → ¼ each.
    private static TestCorpus Corpus() => new(
        new PlanBuilder("a", "甲省", 2020).Task("甲一", "T1").Task("甲二", "T1").Task("甲三", "T2").Task("甲四"),
        new PlanBuilder("b", "乙省", 2021).Task("乙一", "T1").Task("乙二", "T3"),
        new PlanBuilder("c", "丙省", 2019).Task("丙一", "T1").Task("丙二", "T2").Task("丙三", "T3").Task("丙四", "T4"));

    private static CoverageResult Analyze(int k = 2)
    {
        var corpus = Corpus();
        return new CoverageAnalyzer(Options.Create(new MetricsOptions { GapThreshold = k })).Analyze(corpus.Corpus, corpus.Topics);
    }

    [Test]
    public void RowsByYear_ColumnsByBreadthThenTasksThenId()
    {
        var result = Analyze();
        Assert.That(result.Matrix.Plans.Select(p => p.DocumentId), Is.EqualTo(new[] { "c", "a", "b" }));
        // T1: 3 plans; T2 and T3: 2 plans, 2 tasks each → by id; T4: 1 plan.
        Assert.That(result.Matrix.Topics.Select(t => t.TopicId), Is.EqualTo(new[] { "T1", "T2", "T3", "T4" }));
        Assert.That(result.Matrix.Topics.Select(t => t.PlanCount), Is.EqualTo(new[] { 3, 2, 2, 1 }));
        Assert.That(result.Matrix.Topics.Select(t => t.TaskCount), Is.EqualTo(new[] { 4, 2, 2, 1 }));
    }

    [Test]
    public void Cells_CountPresenceAndShareOfAssignedTasks()
    {
        var result = Analyze();
        Assert.That(result.Matrix["a", "T1"], Is.EqualTo(new CoverageCell("a", "T1", 2, true, 2.0 / 3)));
        Assert.That(result.Matrix["a", "T3"], Is.EqualTo(new CoverageCell("a", "T3", 0, false, 0)));
        Assert.That(result.Matrix["c", "T4"].Share, Is.EqualTo(0.25));
        var a = result.Regions.Single(r => r.Plan.DocumentId == "a");
        Assert.That((a.TaskCount, a.AssignedTaskCount, a.TopicsCovered, a.TopicCount), Is.EqualTo((4, 3, 2, 4)));
        Assert.That(a.CoveredFraction, Is.EqualTo(0.5)); // 2 of 4 topics
        Assert.That(result.Regions.Single(r => r.Plan.DocumentId == "c").CoveredFraction, Is.EqualTo(1.0));
    }

    [Test]
    public void UniqueTopics_AreCoveredByNoOtherPlan()
    {
        var result = Analyze();
        Assert.That(result.Regions.Select(r => string.Join(",", r.UniqueTopics)), Is.EqualTo(new[] { "T4", "", "" }));
    }

    [Test]
    public void Gaps_NeedAtLeastKPeers_WithPeerTaskTitlesAsEvidence()
    {
        // k = 2: A lacks T3 (covered by B and C: 2 ≥ 2) and T4 (only C: 1 < 2); B lacks T2 (A and C) and T4.
        var result = Analyze(k: 2);
        var a = result.Regions.Single(r => r.Plan.DocumentId == "a");
        Assert.That(a.Gaps.Select(g => g.TopicId), Is.EqualTo(new[] { "T3" }));
        Assert.That((a.Gaps[0].PeersCovering, a.Gaps[0].PeerCount), Is.EqualTo((2, 2)));
        // Evidence in plan order: C (2019) before B (2021).
        Assert.That(a.Gaps[0].Evidence.Select(e => $"{e.DocumentId}#{e.Ordinal}:{e.Title}"), Is.EqualTo(new[] { "c#3:丙三", "b#2:乙二" }));
        Assert.That(result.Regions.Single(r => r.Plan.DocumentId == "b").Gaps.Select(g => g.TopicId), Is.EqualTo(new[] { "T2" }));
        Assert.That(result.Regions.Single(r => r.Plan.DocumentId == "c").Gaps, Is.Empty);

        // k = 1 adds T4 to both.
        var loose = Analyze(k: 1);
        Assert.That(loose.Regions.Single(r => r.Plan.DocumentId == "a").Gaps.Select(g => g.TopicId), Is.EqualTo(new[] { "T3", "T4" }));
    }

    [Test]
    public void GapEvidence_IsCappedAtTheLimit_WithTheFullCount()
    {
        // k = 2, limit 1: A's gap T3 has two peer tasks (C's, then B's); only the first is listed, both are counted.
        var corpus = Corpus();
        var result = new CoverageAnalyzer(Options.Create(new MetricsOptions { GapThreshold = 2, GapEvidenceLimit = 1 })).Analyze(corpus.Corpus, corpus.Topics);
        var gap = result.Regions.Single(r => r.Plan.DocumentId == "a").Gaps.Single();
        Assert.Multiple(() =>
        {
            Assert.That(gap.Evidence.Select(e => $"{e.DocumentId}#{e.Ordinal}"), Is.EqualTo(new[] { "c#3" }));
            Assert.That(gap.EvidenceCount, Is.EqualTo(2));
        });
    }

    [Test]
    public void Similarities_PastThePlanLimit_KeepEachPlanAndItsNearestPeers()
    {
        // Limit 2 < 3 plans, 1 nearest peer: rows in plan order (c, a, b), each with itself, then its most similar peer by
        // topic-share cosine. cos(c,a) = (¼·⅔ + ¼·⅓)/(½·√5/3) = 0.671, cos(c,b) = (¼·½ + ¼·½)/(½·√½) = 0.707,
        // cos(a,b) = (⅔·½)/(√5/3·√½) = 0.632: c → b, a → c, b → c.
        var corpus = Corpus();
        var result = new CoverageAnalyzer(Options.Create(new MetricsOptions { AllPairsPlanLimit = 2, NearestPlanCount = 1 })).Analyze(corpus.Corpus, corpus.Topics);
        Assert.That(
            result.Similarities.Select(s => $"{s.DocumentIdA}-{s.DocumentIdB}"),
            Is.EqualTo(new[] { "c-c", "c-b", "a-a", "a-c", "b-b", "b-c" }));
    }

    [Test]
    public void Similarity_JaccardOnPresence_CosineOnShares()
    {
        var result = Analyze();
        var ab = result.Similarities.Single(s => s.DocumentIdA == "a" && s.DocumentIdB == "b");
        // A = {T1,T2}, B = {T1,T3}: 1/3. Shares (2/3,1/3,0,0)·(1/2,0,1/2,0) = 1/3; norms √5/3 and 1/√2 → cos = √2/√5.
        Assert.That(ab.Jaccard, Is.EqualTo(1.0 / 3).Within(1e-12));
        Assert.That(ab.Cosine, Is.EqualTo(Math.Sqrt(2.0 / 5)).Within(1e-12));
        var ac = result.Similarities.Single(s => s.DocumentIdA == "a" && s.DocumentIdB == "c");
        Assert.That(ac.Jaccard, Is.EqualTo(0.5)); // {T1,T2} ⊂ 4 topics
        Assert.That(result.Similarities.Single(s => s.DocumentIdA == "b" && s.DocumentIdB == "b").Cosine, Is.EqualTo(1).Within(1e-12));
        Assert.That(result.Similarities, Has.Count.EqualTo(9));
    }

    [Test]
    public void Diversity_EntropyInNats_EffectiveNumber_Herfindahl()
    {
        var result = Analyze();
        var a = result.Regions.Single(r => r.Plan.DocumentId == "a").Diversity;
        // (2/3, 1/3): H = −(2/3 ln 2/3 + 1/3 ln 1/3) = ln 3 − (2/3) ln 2; HHI = 4/9 + 1/9 = 5/9.
        Assert.That(a.EntropyNats, Is.EqualTo(Math.Log(3) - (2.0 / 3 * Math.Log(2))).Within(1e-12));
        Assert.That(a.EffectiveTopics, Is.EqualTo(Math.Exp(Math.Log(3) - (2.0 / 3 * Math.Log(2)))).Within(1e-12));
        Assert.That(a.Herfindahl, Is.EqualTo(5.0 / 9).Within(1e-12));
        var c = result.Regions.Single(r => r.Plan.DocumentId == "c").Diversity;
        Assert.That((c.EntropyNats, c.EffectiveTopics, c.Herfindahl), Is.EqualTo((Math.Log(4), 4.0, 0.25)).Within(1e-12));
    }

    [Test]
    public void PlanWithoutAssignedTasks_HasNaNSharesAndDiversity()
    {
        var corpus = new TestCorpus(new PlanBuilder("a", "甲", 2020).Task("一", "T1"), new PlanBuilder("z", "乙", 2021).Task("无主题"));
        var result = new CoverageAnalyzer(Options.Create(new MetricsOptions())).Analyze(corpus.Corpus, corpus.Topics);
        Assert.That(result.Matrix["z", "T1"].Share, Is.NaN);
        Assert.That(result.Regions.Single(r => r.Plan.DocumentId == "z").Diversity.EntropyNats, Is.NaN);
        Assert.That(result.Similarities.Single(s => s.DocumentIdA == "a" && s.DocumentIdB == "z").Cosine, Is.NaN);
    }

    [Test]
    public void TopicsOfAnotherCorpus_AreRejected()
    {
        var corpus = Corpus();
        var other = new TestCorpus(new PlanBuilder("x", "戊", 2020).Task("一", "T9"));
        Assert.That(
            () => new CoverageAnalyzer(Options.Create(new MetricsOptions())).Analyze(corpus.Corpus, other.Topics),
            Throws.InstanceOf<PolicyCompareException>().With.Message.Contains("x#1"));
    }

    [Test]
    public void ATaskAddressingATopicInAPassage_RemovesTheGap_AndCountsAsAddressedNotFocus()
    {
        // A's task 3 (focus T2) also addresses T3 in a passage: A no longer lacks T3; focus counts are unchanged.
        var corpus = Corpus();
        var passage = new TaskPassage(0, 2, "甲三", new Documents.SourceSpan(6, 2));
        var memberships = new TopicMemberships(
            TopicMemberships.FocusOnly(corpus.Topics).All.Append(new TaskTopicMembership(new TaskKey("a", 3), "T3", MembershipRole.Addresses, 0.4, passage)),
            0.25,
            "test");
        var result = new CoverageAnalyzer(Options.Create(new MetricsOptions())).Analyze(corpus.Corpus, corpus.Topics, memberships);
        var a = result.Regions.Single(r => r.Plan.DocumentId == "a");
        Assert.Multiple(() =>
        {
            Assert.That(a.Gaps, Is.Empty);
            Assert.That((a.TopicsCovered, a.TopicsAddressed), Is.EqualTo((2, 3)));
            Assert.That(result.Matrix["a", "T3"].TaskCount, Is.EqualTo(0));
            Assert.That(result.Matrix["a", "T3"].AddressingTaskCount, Is.EqualTo(1));
            Assert.That(result.Matrix.Topics.Single(t => t.TopicId == "T3").AddressingPlanCount, Is.EqualTo(3));
            // As evidence for another plan's gap, the passage is shown after the focus tasks.
            var b = result.Regions.Single(r => r.Plan.DocumentId == "b");
            Assert.That(b.Gaps.Select(g => g.TopicId), Is.EqualTo(new[] { "T2" }));
        });
    }

    [Test]
    public void ATopicOnlyLaterPlansAddress_IsNotYetOnTheAgenda_NotAGap()
    {
        // 2016 lacks T2, which only the 2020 and 2021 plans address: not yet on its agenda. 2021 lacks T3, addressed in
        // 2016 and 2020: a gap.
        var corpus = new TestCorpus(
            new PlanBuilder("old", "甲", 2016).Task("一", "T1").Task("二", "T3"),
            new PlanBuilder("mid", "乙", 2020).Task("一", "T1").Task("二", "T2").Task("三", "T3"),
            new PlanBuilder("new", "丙", 2021).Task("一", "T1").Task("二", "T2"));
        var result = new CoverageAnalyzer(Options.Create(new MetricsOptions())).Analyze(corpus.Corpus, corpus.Topics);
        var old = result.Regions.Single(r => r.Plan.DocumentId == "old");
        Assert.Multiple(() =>
        {
            Assert.That(old.Gaps, Is.Empty);
            Assert.That(old.NotYetOnAgenda.Select(n => (n.TopicId, n.PlanYear, n.FirstYear, n.PeersCovering)), Is.EqualTo(new[] { ("T2", 2016, 2020, 2) }));
            Assert.That(result.Regions.Single(r => r.Plan.DocumentId == "new").Gaps.Select(g => g.TopicId), Is.EqualTo(new[] { "T3" }));
        });
    }
}
