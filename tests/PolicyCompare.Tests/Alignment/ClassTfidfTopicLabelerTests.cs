using NUnit.Framework;
using Microsoft.Extensions.Options;
using PolicyCompare.Alignment;
using PolicyCompare.Corpus;
using PolicyCompare.Text;

namespace PolicyCompare.Tests.Alignment;

public sealed class ClassTfidfTopicLabelerTests
{
    [Test]
    public void Label_UsesTheWordsThatSetATopicApart_AndTheMostCentralTitle()
    {
        var a = TestPlans.Plan("a", "推进医联体建设。组建城市医疗集团和县域医共体。", "完善中医药服务体系。建设中医医院。");
        var b = TestPlans.Plan("b", "加强医联体建设。发展专科联盟和远程医疗。", "推动中医药传承创新。支持中医医院发展。");
        var c = TestPlans.Plan("c", "落实医联体网格化布局。");
        var corpus = new PolicyCorpus([a, b, c]);
        // The three alliance tasks fan out around b#1, which is therefore the closest to their centroid.
        var vectors = TestPlans.Vectors(
            ("a", 1, [1f, 0.3f, 0f]), ("a", 2, [0f, 0f, 1f]), ("b", 1, [1f, 0f, 0f]), ("b", 2, [0.1f, 0f, 1f]), ("c", 1, [1f, -0.3f, 0f]));
        var partition = new TopicPartition(vectors.Keys, [0, 1, 0, 1, 0], 2, "hand-made", 0);

        var topics = new ClassTfidfTopicLabeler(new JiebaTextSegmenter(), Options.Create(new TopicOptions())).Label(corpus, vectors, partition);

        Assert.Multiple(() =>
        {
            Assert.That(topics.Select(t => t.Id), Is.EqualTo(new[] { "T01", "T02" }));
            Assert.That(topics[0].Keywords[0], Is.EqualTo("医联体"), "the word both alliance tasks share and the TCM tasks lack");
            // Both TCM tasks share 中医医院; as segmented, 中医药 is a word of one task only, and a topic of
            // two plans is labelled only by words both use.
            Assert.That(topics[1].Keywords, Is.EqualTo(new[] { "中医医院" }));
            Assert.That(topics[0].CentralTask, Is.EqualTo(new TaskKey("b", 1)));
            Assert.That(topics[0].Label, Does.StartWith("加强医联体建设（医联体"));
            Assert.That(topics[0].Members, Is.EqualTo(new[] { new TaskKey("a", 1), new TaskKey("b", 1), new TaskKey("c", 1) }));
            // Centroid direction (1, 0, 0): cosines 1/√1.09 = 0.9578 (twice) and 1, mean 0.9719.
            Assert.That(topics[0].Cohesion, Is.EqualTo((2 / Math.Sqrt(1.09) + 1) / 3).Within(1e-6));
        });
    }

    [TestCase("深化医疗服务价格改革", "深化医疗服务价格改革")]
    [TestCase("稳步推进和规范医师多点执业,落实自治区推进和规范医师多点执业相关要求,放宽条件、简化程序", "稳步推进和规范医师多点执业")]
    [TestCase("落实自治区推进和规范医师多点执业相关要求并放宽条件简化程序优化政策环境", "落实自治区推进和规范医师多点执业相关要求并放宽条…")]
    public void Long_titles_are_cut_to_a_readable_headline(string title, string expected) =>
        Assert.That(ClassTfidfTopicLabeler.Headline(title), Is.EqualTo(expected));
}
