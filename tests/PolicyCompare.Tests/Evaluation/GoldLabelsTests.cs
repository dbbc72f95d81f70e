using NUnit.Framework;
using PolicyCompare.Alignment;
using PolicyCompare.Corpus;
using PolicyCompare.Evaluation;
using PolicyCompare.Tests.Alignment;

namespace PolicyCompare.Tests.Evaluation;

public sealed class GoldLabelsTests
{
    [Test]
    public void Parse_ReadsRowsWithTheirLines_SkippingBlankLines()
    {
        var gold = GoldLabels.Parse(["document\tordinal\ttopic", "a\t1\ttcm", "", "b\t2\tworkforce\r"], "g.tsv");
        Assert.That(gold.Labels, Is.EqualTo(new[]
        {
            new GoldLabel(new TaskKey("a", 1), "tcm", 2),
            new GoldLabel(new TaskKey("b", 2), "workforce", 4),
        }));
    }

    [TestCase(new[] { "doc\tordinal\ttopic", "a\t1\tx" }, 1, "header")]
    [TestCase(new[] { "document\tordinal\ttopic", "a\t1" }, 2, "3 tab-separated columns")]
    [TestCase(new[] { "document\tordinal\ttopic", "a\tone\tx" }, 2, "positive whole number")]
    [TestCase(new[] { "document\tordinal\ttopic", "a\t0\tx" }, 2, "positive whole number")]
    [TestCase(new[] { "document\tordinal\ttopic", "a\t1\tx", "a\t1\ty" }, 3, "already labelled on line 2")]
    public void Parse_RejectsMalformedFiles_NamingFileAndLine(string[] lines, int line, string reason)
    {
        var error = Assert.Throws<GoldLabelException>(() => GoldLabels.Parse(lines, "g.tsv"));
        Assert.Multiple(() =>
        {
            Assert.That(error!.Line, Is.EqualTo(line));
            Assert.That(error.Message, Does.StartWith($"g.tsv:{line}: ").And.Contain(reason));
        });
    }

    [Test]
    public void EnsureCoveredBy_RejectsRowsTheCorpusLacks_ButNotCorpusTasksTheGoldLacks()
    {
        var corpus = new PolicyCorpus([TestPlans.Plan("a", "一。", "二。", "三。")]);
        Assert.That(() => GoldLabels.Parse(["document\tordinal\ttopic", "a\t2\tx"], "g.tsv").EnsureCoveredBy(corpus), Throws.Nothing);
        Assert.That(
            () => GoldLabels.Parse(["document\tordinal\ttopic", "a\t1\tx", "a\t4\tx"], "g.tsv").EnsureCoveredBy(corpus),
            Throws.InstanceOf<GoldLabelException>().With.Message.EqualTo("g.tsv:3: document 'a' has 3 tasks; there is no task 4."));
        Assert.That(
            () => GoldLabels.Parse(["document\tordinal\ttopic", "zz\t1\tx"], "g.tsv").EnsureCoveredBy(corpus),
            Throws.InstanceOf<GoldLabelException>().With.Message.StartsWith("g.tsv:2: document 'zz' is not in the corpus"));
    }

    [Test]
    public void Load_ReportsAMissingFile()
    {
        Assert.That(() => GoldLabels.Load("/no/such/gold.tsv"), Throws.InstanceOf<GoldLabelException>().With.Message.EqualTo("/no/such/gold.tsv: file not found."));
    }
}
