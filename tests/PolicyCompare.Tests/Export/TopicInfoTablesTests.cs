using NUnit.Framework;
using PolicyCompare.Export;
using PolicyCompare.Tests.Reporting;

namespace PolicyCompare.Tests.Export;

public sealed class TopicInfoTablesTests
{
    [Test]
    public void TopicInfo_HasOneRowPerTopic_WithSizesPlansAndMembers()
    {
        var topics = SeedAnalysis.Load().Analysis.Topics;
        var frame = topics.ToDataFrame();
        Assert.That(frame.Rows.Count, Is.EqualTo(topics.Topics.Count));
        for (var i = 0; i < topics.Topics.Count; i++)
        {
            var topic = topics.Topics[i];
            var row = frame.Rows[i];
            Assert.That(row[frame.Columns.IndexOf("topic_id")], Is.EqualTo(topic.Id));
            Assert.That(row[frame.Columns.IndexOf("task_count")], Is.EqualTo(topic.Members.Count));
            Assert.That(row[frame.Columns.IndexOf("plan_count")], Is.EqualTo(topic.Members.Select(m => m.DocumentId).Distinct().Count()));
            Assert.That(((string)row[frame.Columns.IndexOf("members")]).Split(' '), Has.Length.EqualTo(topic.Members.Count));
            Assert.That(row[frame.Columns.IndexOf("central_title")], Is.EqualTo(topic.CentralTitle));
        }

        Assert.That(topics.Topics.Sum(t => t.Members.Count), Is.EqualTo(SeedAnalysis.Load().Analysis.Corpus.Documents.Sum(d => d.Tasks.Count)));
    }
}
