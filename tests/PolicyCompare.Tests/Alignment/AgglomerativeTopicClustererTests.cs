using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;
using PolicyCompare.Evaluation;
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
        // Each point: a = 0.2, b = 0.8, s = (0.8 − 0.2)/0.8 = 0.75; the mean is 0.75. The unit vectors with these cosines
        // are the rows of the Cholesky factor of their Gram matrix.
        var gram = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 0.8, 0.2, 0.2 }, { 0.8, 1, 0.2, 0.2 }, { 0.2, 0.2, 1, 0.8 }, { 0.2, 0.2, 0.8, 1 } });
        var factor = gram.Cholesky().Factor;
        var vectors = Enumerable.Range(0, 4).Select(i => factor.Row(i).Select(x => (float)x).ToArray()).ToArray();
        Assert.That(SilhouetteScore.Mean(vectors, [0, 0, 1, 1], [0, 1, 2, 3], new ParallelOptions()), Is.EqualTo(0.75).Within(1e-6));
    }

    [Test]
    public async Task SeedTopics_AreThoseOfTheEngineBeforeScaling()
    {
        // seed-topics-before-scaling.tsv: every seed task's topic from the engine before issue 11 (dense-Gram LSA and the
        // greedy average-linkage loop, commit 3e407e5). The scaled engine must find the same topics (ARI ≥ 0.98).
        var corpus = TestPlans.Seeds;
        var topics = await PolicyAnalyzer.Create().Aligner.FindTopicsAsync(corpus);
        var before = GoldLabels.Load(Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "seed-topics-before-scaling.tsv"));
        var evaluation = TopicEvaluator.Evaluate(corpus, topics, before);
        Assert.Multiple(() =>
        {
            Assert.That(evaluation.LabelledTasks, Is.EqualTo(146));
            Assert.That(evaluation.AdjustedRandIndex, Is.GreaterThanOrEqualTo(0.98));
        });
    }

    [Test]
    public void NearestNeighbourChain_MergesAsTheGreedyBestPairLoop()
    {
        var random = new Random(5);
        var vectors = TestPlans.Vectors(Enumerable.Range(0, 40)
            .Select(i => ($"d{i % 4}", (i / 4) + 1, Enumerable.Range(0, 6).Select(_ => (float)random.NextDouble()).ToArray()))
            .ToArray());
        var options = new TopicOptions { SameDocumentPenalty = 0.05 };
        for (var k = 1; k <= 40; k += 3)
        {
            var partition = new AgglomerativeTopicClusterer(options).Cluster(vectors, k);
            Assert.That(partition.Assignments, Is.EqualTo(GreedyAverageLinkage(vectors, options.SameDocumentPenalty, k)), $"{k} topics");
        }
    }

    [Test]
    public void TwoStage_FindsTheSameThemes_AndIsThreadIndependent()
    {
        // 12 plans × 6 themes, each task its theme's axis plus noise: past the exact limit the tasks go through micro-clusters.
        var random = new Random(8);
        var rows = new List<(string, int, float[])>();
        for (var plan = 0; plan < 12; plan++)
        {
            for (var theme = 0; theme < 6; theme++)
            {
                var v = Enumerable.Range(0, 8).Select(d => (float)((d == theme ? 1.0 : 0) + (0.15 * random.NextDouble()))).ToArray();
                rows.Add(($"p{plan:00}", theme + 1, v));
            }
        }

        var vectors = TestPlans.Vectors(rows.ToArray());
        TopicPartition Run(int threads) => new AgglomerativeTopicClusterer(new TopicOptions
        {
            ExactClusteringLimit = 40, MicroClusters = 20, MaxDegreeOfParallelism = threads,
        }).Cluster(vectors);
        var one = Run(1);
        Assert.Multiple(() =>
        {
            Assert.That(one.Method, Does.StartWith("two-stage clustering: spherical k-means into 20 micro-clusters"));
            Assert.That(one.TopicCount, Is.EqualTo(6));
            Assert.That(one.Members.Select(m => m.Select(k => k.Ordinal).Distinct().Count()), Is.All.EqualTo(1), "each topic is one theme");
            Assert.That(Run(2).Assignments, Is.EqualTo(one.Assignments));
            Assert.That(Run(-1).Assignments, Is.EqualTo(one.Assignments));
        });
    }

    [Test]
    public void Cluster_StopsWhenCancelled()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.That(
            () => new AgglomerativeTopicClusterer(new TopicOptions()).Cluster(ThreeThemes(), null, null, cancel.Token),
            Throws.InstanceOf<OperationCanceledException>());
    }

    // The engine before issue 11: rescan every active pair for the best link at each merge (reference for the chain).
    private static int[] GreedyAverageLinkage(TaskEmbeddings embeddings, double penalty, int k)
    {
        var keys = embeddings.Keys;
        var n = keys.Count;
        var link = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var dot = embeddings.VectorAt(i).ToArray().Zip(embeddings.VectorAt(j).ToArray()).Sum(p => (double)p.First * p.Second);
                link[i, j] = dot - (keys[i].DocumentId == keys[j].DocumentId ? penalty : 0);
            }
        }

        var size = Enumerable.Repeat(1, n).ToArray();
        var owner = Enumerable.Range(0, n).ToArray();
        var active = Enumerable.Repeat(true, n).ToArray();
        for (var clusters = n; clusters > k; clusters--)
        {
            var (a, b, best) = (-1, -1, double.NegativeInfinity);
            for (var i = 0; i < n; i++)
            {
                for (var j = i + 1; j < n; j++)
                {
                    if (active[i] && active[j] && link[i, j] > best)
                    {
                        (a, b, best) = (i, j, link[i, j]);
                    }
                }
            }

            for (var c = 0; c < n; c++)
            {
                if (active[c] && c != a && c != b)
                {
                    link[a, c] = link[c, a] = ((size[a] * link[a, c]) + (size[b] * link[b, c])) / (size[a] + size[b]);
                }
            }

            size[a] += size[b];
            active[b] = false;
            for (var t = 0; t < n; t++)
            {
                owner[t] = owner[t] == b ? a : owner[t];
            }
        }

        var map = new Dictionary<int, int>();
        return owner.Select(o => map.TryGetValue(o, out var t) ? t : map[o] = map.Count).ToArray();
    }
}
