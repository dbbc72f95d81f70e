using NUnit.Framework;
using PolicyCompare.Alignment;
using PolicyCompare.Reporting.Composition;
using PolicyCompare.Corpus;

namespace PolicyCompare.Tests.Reporting;

[TestFixture]
public sealed class ReportLabelsTests
{
    [Test]
    public void Topics_sharing_a_codebook_name_keep_distinct_english_labels()
    {
        CorpusTopic Topic(string id, string label, string? english) =>
            new(id, label, [], new TaskKey("a", 1), label, [new TaskKey("a", int.Parse(id[1..], System.Globalization.CultureInfo.InvariantCulture))], 1) { EnglishName = english };
        var topics = new CorpusTopics([Topic("T01", "严格监督管理", "Comprehensive supervision"), Topic("T02", "强化医保基金监管", "Comprehensive supervision"), Topic("T03", "中医药", "Traditional Chinese medicine"), Topic("T04", "其他", null)], "test");
        var english = new ReportLabels(new PolicyCorpus([]), topics, ReportLanguage.English);
        var chinese = new ReportLabels(new PolicyCorpus([]), topics, ReportLanguage.Chinese);

        Assert.That(new[] { "T01", "T02", "T03", "T04" }.Select(id => english.Topic(id, "?")),
            Is.EqualTo(new[] { "Comprehensive supervision (T01)", "Comprehensive supervision (T02)", "Traditional Chinese medicine", "其他 [untranslated]" }));
        Assert.That(chinese.Topic("T02", "?"), Is.EqualTo("强化医保基金监管"));
    }
}
