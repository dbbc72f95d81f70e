using NUnit.Framework;
using PolicyCompare.Alignment;
using PolicyCompare.Analysis;
using PolicyCompare.DependencyInjection;

namespace PolicyCompare.Tests.Alignment;

/// <summary>Topic labels on the seeds say what the plans share, not what one region calls it.</summary>
public sealed class SeedTopicLabelTests
{
    [Test]
    public async Task LabelsOfTopicsSpanningRegions_ContainNoRegionOnlyTerm()
    {
        var corpus = TestPlans.Seeds;
        var topics = await PolicyAnalyzer.Create().Aligner.FindTopicsAsync(corpus);
        var regionOf = corpus.Documents.ToDictionary(d => d.Id, d => d.Metadata.Region!);
        var textsOf = corpus.Documents.GroupBy(d => d.Metadata.Region!).ToDictionary(g => g.Key, g => string.Concat(g.SelectMany(d => d.Tasks).Select(t => t.Text.Value)));
        var regionNames = new[] { "吉林", "成都", "荆门", "湖北", "内蒙古" };
        foreach (var topic in topics.Topics.Where(t => t.Members.Select(m => regionOf[m.DocumentId]).Distinct().Count() >= 2))
        {
            var regions = topic.Members.Select(m => regionOf[m.DocumentId]).Distinct().ToArray();
            Assert.That(regionNames.Where(r => topic.Label.Contains(r, StringComparison.Ordinal)), Is.Empty, topic.Label);
            foreach (var keyword in topic.Keywords)
            {
                var using_ = regions.Count(r => topic.Members.Where(m => regionOf[m.DocumentId] == r)
                    .Any(m => corpus[m.DocumentId].Tasks[m.Ordinal - 1].Text.Value.Contains(keyword, StringComparison.Ordinal)));
                Assert.That(using_, Is.GreaterThanOrEqualTo(2), $"{topic.Label}: keyword {keyword} is used by one region only");
            }

            Assert.That(topic.Keywords, Has.None.EqualTo("旗县"));
        }
    }

    [Test]
    public async Task EnglishNames_OnlyWhereTheCodebookMatchIsConfident()
    {
        var topics = await PolicyAnalyzer.Create(b => b.ConfigureTopics(o => o.EnglishNameConfidence = 0.9)).Aligner.FindTopicsAsync(TestPlans.Seeds);
        Assert.Multiple(() =>
        {
            Assert.That(topics.Topics.Where(t => t.EnglishName is not null), Has.All.Matches<CorpusTopic>(t => t.KeyConfidence >= 0.9));
            Assert.That(topics.Topics.Where(t => t.Key is not null && t.KeyConfidence < 0.9), Is.Not.Empty.And.All.Matches<CorpusTopic>(t => t.EnglishName == null));
        });
    }
}
