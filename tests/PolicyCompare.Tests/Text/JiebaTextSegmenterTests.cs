using NUnit.Framework;
using PolicyCompare.Text;

namespace PolicyCompare.Tests.Text;

public sealed class JiebaTextSegmenterTests
{
    [Test]
    public void Segment_KeepsHealthPolicyTermsWhole()
    {
        var words = new JiebaTextSegmenter().Segment("推进紧密型县域医共体建设，开展药品带量采购，推行DRG付费和家庭医生签约服务。");
        Assert.That(words, Is.SupersetOf(new[] { "紧密型县域医共体", "带量采购", "DRG", "家庭医生签约服务" }));
    }

    [Test]
    public void Segment_DropsPunctuationNumbersStopWordsAndSingleCharacters()
    {
        var words = new JiebaTextSegmenter().Segment("到2025年，全省的基层医疗卫生机构达到90%以上。");
        Assert.Multiple(() =>
        {
            Assert.That(words, Does.Contain("基层医疗卫生机构"));
            Assert.That(words, Has.None.EqualTo("，").And.None.EqualTo("的").And.None.EqualTo("全省").And.None.EqualTo("2025").And.None.EqualTo("90%"));
            Assert.That(words, Has.All.Length.GreaterThan(1));
        });
    }

    [Test]
    public void Segment_UsesUserTermsAndStopWords()
    {
        var options = new SegmenterOptions { UserTerms = ["一老一小"], UserStopWords = ["推进"] };
        var words = new JiebaTextSegmenter(options).Segment("推进一老一小健康服务");
        Assert.That(words, Does.Contain("一老一小").And.No.Contain("推进"));
        Assert.That(new JiebaTextSegmenter().Segment("推进一老一小健康服务"), Does.Not.Contain("一老一小"));
    }

    [Test]
    public void Segment_NormalizesFullWidthCharacters()
    {
        Assert.That(new JiebaTextSegmenter().Segment("推进“互联网＋医疗健康”发展"), Does.Contain("互联网+医疗健康"));
    }

    [Test]
    public void Segment_GivesTheSameResult_OnManyThreadsAtOnce()
    {
        var segmenter = new JiebaTextSegmenter();
        var texts = Enumerable.Range(0, 64).Select(i => $"第{i}项：深化医保支付方式改革，推进按病种分值付费，完善分级诊疗制度。").ToArray();
        var sequential = texts.Select(segmenter.Segment).ToArray();
        var parallel = texts.AsParallel().AsOrdered().WithDegreeOfParallelism(8).Select(segmenter.Segment).ToArray();
        Assert.That(parallel, Is.EqualTo(sequential));
    }

    [Test]
    public void Options_RejectEmptyTerms()
    {
        Assert.That(() => new JiebaTextSegmenter(new SegmenterOptions { UserTerms = [" "] }), Throws.InstanceOf<System.ComponentModel.DataAnnotations.ValidationException>());
    }

    [Test]
    public void JiebaResources_AreExtractedToAFolderHoldingTheDictionary()
    {
        var folder = JiebaResources.EnsureAvailable();
        Assert.That(File.Exists(Path.Combine(folder, "dict.txt")), Is.True);
        Assert.That(JiebaResources.EnsureAvailable(), Is.EqualTo(folder));
    }
}
