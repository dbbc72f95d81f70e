using NUnit.Framework;
using PolicyCompare.Alignment;
using PolicyCompare.Corpus;
using PolicyCompare.Evaluation;
using PolicyCompare.Tests.Alignment;

namespace PolicyCompare.Tests.Evaluation;

public sealed class TopicEvaluatorTests
{
    [Test]
    public void Evaluate_ScoresLabelledTasksOnly_AndReportsConfusions()
    {
        var corpus = new PolicyCorpus([TestPlans.Plan("d1", "一。", "二。", "三。"), TestPlans.Plan("d2", "一。", "二。")]);
        // Predicted: T1 = {d1#1, d2#1, d1#2}, T2 = {d2#2}; d1#3 is unlabelled and must not count.
        var topics = new CorpusTopics(
        [
            Topic("T1", ("d1", 1), ("d1", 2), ("d2", 1), ("d1", 3)),
            Topic("T2", ("d2", 2)),
        ], "hand-made");
        var gold = GoldLabels.Parse(["document\tordinal\ttopic", "d1\t1\ta", "d1\t2\tb", "d2\t1\ta", "d2\t2\tb"], "g.tsv");

        var evaluation = TopicEvaluator.Evaluate(corpus, topics, gold);

        // Same labelling as ClusteringMetricsTests' hand-computed case once sorted (d1#1 a x, d1#2 b x, d2#1 a x, d2#2 b y):
        // cross-document pairs (d1#1,d2#1) TP, (d1#2,d2#1) FP, (d1#2,d2#2) FN, (d1#1,d2#2) TN.
        Assert.Multiple(() =>
        {
            Assert.That(evaluation.LabelledTasks, Is.EqualTo(4));
            Assert.That(evaluation.AdjustedRandIndex, Is.EqualTo(0.0).Within(1e-12));
            Assert.That(evaluation.CrossDocumentPairs, Is.EqualTo(new PairwiseScores(1, 1, 1)));
            Assert.That(evaluation.WorstConfused, Is.EqualTo(new[] { new TopicConfusion("a", "b", 1) }));
            Assert.That(evaluation.MostSplit, Is.EqualTo(new[] { new TopicSplit("b", 2, 2, 0.0) }));
        });
    }

    [Test]
    public void Evaluate_CountsUnassignedTasks_AsTopicsOfTheirOwn()
    {
        var corpus = new PolicyCorpus([TestPlans.Plan("d1", "一。"), TestPlans.Plan("d2", "一。")]);
        var topics = new CorpusTopics([Topic("C1", ("d1", 1))], "codebook");
        var gold = GoldLabels.Parse(["document\tordinal\ttopic", "d1\t1\ta", "d2\t1\ta"], "g.tsv");
        var evaluation = TopicEvaluator.Evaluate(corpus, topics, gold);
        Assert.That(evaluation.UnassignedTasks, Is.EqualTo(1));
        Assert.That(evaluation.CrossDocumentPairs, Is.EqualTo(new PairwiseScores(0, 0, 1)));
    }

    private static CorpusTopic Topic(string id, params (string Document, int Ordinal)[] members)
    {
        var keys = members.Select(m => new TaskKey(m.Document, m.Ordinal)).ToArray();
        return new CorpusTopic(id, id, [], keys[0], id, keys, 1.0);
    }
}
