using NUnit.Framework;
using PolicyCompare.Analysis;
using PolicyCompare.Alignment;

namespace PolicyCompare.Tests.Alignment;

public sealed class AgglomerativeTopicClustererTests
{
    // Three documents, three themes along the axes, each document with one task per theme plus noise.
    private static TaskEmbeddings ThreeThemes() => TestPlans.Vectors(
        ("a", 1, [1f, 0.1f, 0f]), ("a", 2, [0f, 1f, 0.1f]), ("a", 3, [0.1f, 0f, 1f]),
        ("b", 1, [0f, 0.1f, 1f]), ("b", 2, [1f, 0f, 0.2f]), ("b", 3, [0.2f, 1f, 0f]),
        ("c", 1, [0.1f, 1f, 0.1f]), ("c", 2, [0f, 0.2f, 1f]), ("c", 3, [1f, 0.2f, 0.1f]));

    [Test]
    public void Cluster_RecoversClearThemes_AndChoosesTheirNumber()
    {
        var partition = new AgglomerativeTopicClusterer(new TopicOptions()).Cluster(ThreeThemes());
        Assert.Multiple(() =>
        {
            Assert.That(partition.TopicCount, Is.EqualTo(3));
            Assert.That(partition.Members.Select(m => m.Count), Is.All.EqualTo(3));
            var first = partition.Members[0];
            Assert.That(first, Is.EquivalentTo(new[] { new TaskKey("a", 1), new TaskKey("b", 2), new TaskKey("c", 3) }));
        });
    }

    [Test]
    public void Cluster_HonoursAFixedTopicCount()
    {
        var partition = new AgglomerativeTopicClusterer(new TopicOptions()).Cluster(ThreeThemes(), topicCount: 5);
        Assert.That(partition.TopicCount, Is.EqualTo(5));
        Assert.That(partition.Assignments.Distinct().Count(), Is.EqualTo(5));
    }

    [Test]
    public void Cluster_RejectsATopicCountAboveTheTaskCount()
    {
        Assert.That(
            () => new AgglomerativeTopicClusterer(new TopicOptions()).Cluster(ThreeThemes(), topicCount: 10),
            Throws.InstanceOf<PolicyCompareException>());
    }

    [Test]
    public void SameDocumentPenalty_KeepsTwoTasksOfOnePlanApart()
    {
        // a#1 and a#2 are close to each other and to b#1; with a strong penalty a#1 pairs with b#1 and a#2 stays apart.
        var vectors = TestPlans.Vectors(("a", 1, [1f, 0.3f]), ("a", 2, [1f, 0.35f]), ("b", 1, [1f, 0.2f]), ("b", 2, [0f, 1f]));
        var penalised = new AgglomerativeTopicClusterer(new TopicOptions { SameDocumentPenalty = 1.0 }).Cluster(vectors, topicCount: 3);
        var free = new AgglomerativeTopicClusterer(new TopicOptions { SameDocumentPenalty = 0 }).Cluster(vectors, topicCount: 3);
        Assert.Multiple(() =>
        {
            Assert.That(free.Assignments[0], Is.EqualTo(free.Assignments[1]), "without penalty the two nearest (same plan) merge");
            Assert.That(penalised.Assignments[0], Is.Not.EqualTo(penalised.Assignments[1]));
            Assert.That(penalised.Assignments[0], Is.EqualTo(penalised.Assignments[2]), "a#1 joins its nearest task of the other plan");
        });
    }

    [Test]
    public void Cluster_IsDeterministic_AcrossRunsAndThreadCounts()
    {
        var corpus = TestPlans.Seeds;
        var embedding = PolicyAnalyzer.Create().Aligner.EmbedAsync(corpus).GetAwaiter().GetResult();
        var runs = new[] { 1, 4, -1, 1 }
            .Select(threads => new AgglomerativeTopicClusterer(new TopicOptions { MaxDegreeOfParallelism = threads }).Cluster(embedding.Tasks))
            .ToArray();
        var again = PolicyAnalyzer.Create().Aligner.EmbedAsync(corpus).GetAwaiter().GetResult();
        var rerun = new AgglomerativeTopicClusterer(new TopicOptions()).Cluster(again.Tasks);
        Assert.Multiple(() =>
        {
            foreach (var run in runs.Skip(1).Append(rerun))
            {
                Assert.That(run.Assignments, Is.EqualTo(runs[0].Assignments));
                Assert.That(run.Keys, Is.EqualTo(runs[0].Keys));
            }
        });
    }

    [Test]
    public void Silhouette_MatchesAHandComputedValue()
    {
        // Points 0,1 in topic 0 and 2,3 in topic 1; cosine distances d(0,1)=d(2,3)=0.2 and every cross distance 0.8.
        // Each point: a = 0.2, b = 0.8, s = (0.8 − 0.2)/0.8 = 0.75; the mean is 0.75.
        double[,] similarity = { { 1, 0.8, 0.2, 0.2 }, { 0.8, 1, 0.2, 0.2 }, { 0.2, 0.2, 1, 0.8 }, { 0.2, 0.2, 0.8, 1 } };
        Assert.That(AgglomerativeTopicClusterer.Silhouette(similarity, [0, 0, 1, 1]), Is.EqualTo(0.75).Within(1e-12));
    }
}
