using NUnit.Framework;
using PolicyCompare.Alignment;
using PolicyCompare.Analysis;
using PolicyCompare.Corpus;
using PolicyCompare.DependencyInjection;
using PolicyCompare.Tests.Alignment;

namespace PolicyCompare.Tests.Onnx;

public sealed class UseOnnxEmbeddingsTests
{
    [Test]
    public async Task TheBuilderVerb_EmbedsAndGroupsTasksWithTheModel()
    {
        var analyzer = PolicyAnalyzer.Create(b => b.UseOnnxEmbeddings(MiniLmModel.Directory, o => o.InferenceBatchSize = 32));
        var corpus = new PolicyCorpus([
            TestPlans.Plan("a", "Expand family doctor contracts.", "Reform hospital drug procurement."),
            TestPlans.Plan("b", "Family doctors sign contracts with residents.", "Centralize the procurement of drugs by hospitals.")]);
        var embedding = await analyzer.Aligner.EmbedAsync(corpus);
        var topics = await analyzer.Aligner.FindTopicsAsync(corpus, topicCount: 2, embedding);
        Assert.Multiple(() =>
        {
            Assert.That(embedding.Tasks.EmbedderName, Is.EqualTo("all-MiniLM-L6-v2"));
            Assert.That(embedding.Tasks.Keys, Has.Count.EqualTo(4));
            Assert.That(embedding.Tasks.VectorOf(embedding.Tasks.Keys[0]).Length, Is.EqualTo(384));
            Assert.That(topics.TopicOf(new TaskKey("a", 1)), Is.SameAs(topics.TopicOf(new TaskKey("b", 1))), "family doctors");
            Assert.That(topics.TopicOf(new TaskKey("a", 2)), Is.SameAs(topics.TopicOf(new TaskKey("b", 2))), "drug procurement");
        });
    }

    [Test]
    public void AMissingModelFolder_IsATypedErrorWhenThePipelineIsBuilt()
    {
        var missing = Path.Combine(TestContext.CurrentContext.WorkDirectory, "no-such-model");
        Assert.That(() => PolicyAnalyzer.Create(b => b.UseOnnxEmbeddings(missing)).Aligner.EmbedAsync(TestPlans.Seeds),
            Throws.InstanceOf<PolicyCompareException>().With.Message.Contains(missing));
    }
}
