using NUnit.Framework;
using PolicyCompare.Alignment;

namespace PolicyCompare.Tests.Alignment;

[TestFixture]
public sealed class CorpusTopicsTests
{
    private static CorpusTopic Topic(string id, params TaskKey[] members) => new(id, id, [], members[0], id, members, 1);

    [Test]
    public void A_copy_with_other_topics_answers_from_its_own_topics()
    {
        var a1 = new TaskKey("a", 1);
        var original = new CorpusTopics([Topic("T01", a1)], "test");
        Assert.That(original.TopicOf(a1)?.Id, Is.EqualTo("T01"));

        var copy = original with { Topics = [Topic("T02", a1)] };

        Assert.That(copy.TopicOf(a1)?.Id, Is.EqualTo("T02"));
        Assert.That(original.TopicOf(a1)?.Id, Is.EqualTo("T01"));
        Assert.That(copy.TopicOf(new TaskKey("a", 2)), Is.Null);
    }

    [Test]
    public void A_task_in_two_topics_is_rejected()
    {
        var a1 = new TaskKey("a", 1);

        Assert.That(() => new CorpusTopics([Topic("T01", a1), Topic("T02", a1)], "test"),
            Throws.ArgumentException.With.Message.Contains("a#1").And.Message.Contains("T01").And.Message.Contains("T02"));
    }
}
