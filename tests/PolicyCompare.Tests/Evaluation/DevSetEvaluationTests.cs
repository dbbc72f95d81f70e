using NUnit.Framework;
using PolicyCompare.Analysis;
using PolicyCompare.Alignment;
using PolicyCompare.Evaluation;
using PolicyCompare.Tests.Alignment;

namespace PolicyCompare.Tests.Evaluation;

/// <summary>
/// Regression guards on the development labels (Jilin, Chengdu, Hubei tasks, clustered together with the two unlabelled
/// seed plans). Measured with the defaults: topics ARI 0.901 / F1 0.946, codebook ARI 0.842 / F1 0.919; the floors sit
/// a little below so that a real regression fails and a harmless change does not.
/// </summary>
public sealed class DevSetEvaluationTests
{
    [Test]
    public async Task UnsupervisedTopics_StayAboveTheirMeasuredLevel_WithNoTopicCountGiven()
    {
        var corpus = TestPlans.Seeds;
        var topics = await PolicyAnalyzer.Create().Aligner.FindTopicsAsync(corpus);
        var evaluation = TopicEvaluator.Evaluate(corpus, topics, GoldLabels.Load(TestPlans.DevGoldPath));
        Assert.Multiple(() =>
        {
            Assert.That(evaluation.LabelledTasks, Is.EqualTo(71));
            Assert.That(evaluation.AdjustedRandIndex, Is.GreaterThanOrEqualTo(0.85));
            Assert.That(evaluation.CrossDocumentPairs.F1, Is.GreaterThanOrEqualTo(0.90));
            Assert.That(topics.Topics, Has.All.Matches<CorpusTopic>(t => t.Label.Length > 0 && t.Keywords.Count > 0));
        });
    }

    [Test]
    public async Task CodebookMode_StaysAboveItsMeasuredLevel()
    {
        var corpus = TestPlans.Seeds;
        var topics = await PolicyAnalyzer.Create().Aligner.AssignCodebookAsync(corpus);
        var evaluation = TopicEvaluator.Evaluate(corpus, topics, GoldLabels.Load(TestPlans.DevGoldPath));
        Assert.Multiple(() =>
        {
            Assert.That(evaluation.AdjustedRandIndex, Is.GreaterThanOrEqualTo(0.80));
            Assert.That(evaluation.CrossDocumentPairs.F1, Is.GreaterThanOrEqualTo(0.88));
        });
    }
}
