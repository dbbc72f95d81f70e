using NUnit.Framework;
using Microsoft.Extensions.Options;
using PolicyCompare.Alignment;
using PolicyCompare.Corpus;
using PolicyCompare.Embeddings;
using PolicyCompare.Text;

namespace PolicyCompare.Tests.Alignment;

public sealed class CodebookTests
{
    [Test]
    public void DefaultCodebook_CoversTheRecurringNationalThemes_WithSnakeCaseKeys()
    {
        var codebook = TopicCodebook.Default;
        var keys = codebook.Entries.Select(e => e.Key).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(keys, Is.Unique);
            Assert.That(keys, Is.SupersetOf(new[]
            {
                "reform_coordination", "drug_procurement", "service_pricing", "personnel_pay", "insurance_payment", "public_hospital",
                "resource_layout", "medical_alliance", "tiered_primary_care", "universal_insurance", "tcm", "epidemic_emergency",
                "disease_control_system", "health_promotion", "prevention_treatment_integration", "health_it", "service_experience",
                "workforce", "drug_supply", "supervision", "science_innovation", "public_health_services",
                "government_investment_finance", "elderly_care",
            }));
            Assert.That(codebook.Entries, Has.All.Matches<CodebookEntry>(e => e.Keywords.Count > 0 && e.Name.Length > 0 && e.EnglishName.Length > 0));
            Assert.That(TopicCodebook.Parse(TopicCodebook.DefaultJson, "copy"), Is.Not.Null, "the printed JSON reads back");
        });
    }

    [TestCase("not json", "not valid JSON")]
    [TestCase("{\"entries\": []}", "no \"entries\"")]
    [TestCase("{\"entries\": [{\"key\": \"Bad Key\", \"name\": \"x\", \"keywords\": [\"x\"]}]}", "snake_case")]
    [TestCase("{\"entries\": [{\"key\": \"a\", \"name\": \"x\", \"keywords\": [\"x\"]}, {\"key\": \"a\", \"name\": \"y\", \"keywords\": [\"y\"]}]}", "appears twice")]
    [TestCase("{\"entries\": [{\"key\": \"a\", \"name\": \"x\"}]}", "give a \"description\" or \"keywords\"")]
    public void Parse_RejectsBadCodebooks_NamingTheSource(string json, string reason)
    {
        var error = Assert.Throws<CodebookException>(() => TopicCodebook.Parse(json, "my.codebook.json"));
        Assert.That(error!.Message, Does.StartWith("my.codebook.json: ").And.Contain(reason));
    }

    [Test]
    public void Load_ReportsAMissingFile()
    {
        Assert.That(() => TopicCodebook.Load("/no/such/codebook.json"), Throws.InstanceOf<CodebookException>().With.Message.Contains("file not found"));
    }

    [Test]
    public async Task Assign_PutsTasksUnderTheirTheme_AndLeavesUnrelatedTasksOut()
    {
        var codebook = TopicCodebook.Parse("""
            {"name": "tiny", "entries": [
              {"key": "medical_alliance", "name": "医联体", "englishName": "Medical alliances", "description": "医疗联合体建设", "keywords": ["医联体", "医共体"]},
              {"key": "tcm", "name": "中医药", "englishName": "TCM", "description": "中医药发展", "keywords": ["中医药", "中医医院"]}
            ]}
            """, "tiny.json");
        var a = TestPlans.Plan("a", "推进医联体建设。组建县域医共体。", "发展中医药事业。建设中医医院。", "做好档案管理和保密工作。");
        var b = TestPlans.Plan("b", "加强医共体建设。推进医联体网格化布局。", "推动中医药传承创新。", "加强机关车辆管理工作。");
        var corpus = new PolicyCorpus([a, b]);
        var options = new EmbeddingOptions { ConceptWeight = 0 };
        var segmenter = new JiebaTextSegmenter();
        var embedding = await new TaskEmbedder(new TfidfLsaGeneratorProvider(segmenter, options, codebook), options).EmbedAsync(corpus);

        var topics = await new CodebookTopicAssigner(Options.Create(new CodebookOptions { MinScore = 0.3 })).AssignAsync(corpus, embedding, codebook);

        Assert.Multiple(() =>
        {
            Assert.That(topics.TopicOf(new TaskKey("a", 1))?.Key, Is.EqualTo("medical_alliance"));
            Assert.That(topics.TopicOf(new TaskKey("b", 1))?.Key, Is.EqualTo("medical_alliance"));
            Assert.That(topics.TopicOf(new TaskKey("a", 2))?.Key, Is.EqualTo("tcm"));
            Assert.That(topics.TopicOf(new TaskKey("b", 2))?.EnglishName, Is.EqualTo("TCM"));
            Assert.That(topics.TopicOf(new TaskKey("a", 3)), Is.Null, "none of these");
            Assert.That(topics.TopicOf(new TaskKey("b", 3)), Is.Null, "none of these");
        });
    }
}
