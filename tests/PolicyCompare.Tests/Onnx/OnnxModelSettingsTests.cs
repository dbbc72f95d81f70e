using NUnit.Framework;
using PolicyCompare.Onnx;

namespace PolicyCompare.Tests.Onnx;

public sealed class OnnxModelSettingsTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        _folder = Directory.CreateTempSubdirectory("onnx-settings-").FullName;
        File.WriteAllText(Path.Combine(_folder, "model.onnx"), "x");
        File.WriteAllText(Path.Combine(_folder, "vocab.txt"), "[PAD]");
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void WithoutConfigurationFiles_BertDefaultsApply()
    {
        var settings = OnnxModelSettings.Resolve(new OnnxEmbeddingOptions { ModelDirectory = _folder });
        Assert.That((settings.MaxTokens, settings.Pooling, settings.LowerCase), Is.EqualTo((512, OnnxPooling.Mean, true)));
    }

    [Test]
    public void SentenceTransformersFiles_SetMaxLengthPoolingAndCase()
    {
        // As saved for a BGE model: CLS pooling, 512 tokens, case kept.
        File.WriteAllText(Path.Combine(_folder, "sentence_bert_config.json"), """{"max_seq_length": 384, "do_lower_case": false}""");
        Directory.CreateDirectory(Path.Combine(_folder, "1_Pooling"));
        File.WriteAllText(Path.Combine(_folder, "1_Pooling", "config.json"), """{"word_embedding_dimension": 512, "pooling_mode_cls_token": true, "pooling_mode_mean_tokens": false}""");
        File.WriteAllText(Path.Combine(_folder, "tokenizer_config.json"), """{"do_lower_case": false, "model_max_length": 1000000000000000019884624838656}""");
        var settings = OnnxModelSettings.Resolve(new OnnxEmbeddingOptions { ModelDirectory = _folder });
        Assert.That((settings.MaxTokens, settings.Pooling, settings.LowerCase), Is.EqualTo((384, OnnxPooling.Cls, false)));
    }

    [Test]
    public void TokenizerConfig_GivesTheMaxLength_WhenItIsARealLength()
    {
        File.WriteAllText(Path.Combine(_folder, "tokenizer_config.json"), """{"model_max_length": 256}""");
        Assert.That(OnnxModelSettings.Resolve(new OnnxEmbeddingOptions { ModelDirectory = _folder }).MaxTokens, Is.EqualTo(256));
    }

    [Test]
    public void Options_OverrideTheFiles()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "1_Pooling"));
        File.WriteAllText(Path.Combine(_folder, "1_Pooling", "config.json"), """{"pooling_mode_cls_token": true}""");
        var settings = OnnxModelSettings.Resolve(new OnnxEmbeddingOptions { ModelDirectory = _folder, Pooling = OnnxPooling.Mean, MaxTokens = 128 });
        Assert.That((settings.MaxTokens, settings.Pooling), Is.EqualTo((128, OnnxPooling.Mean)));
    }

    [Test]
    public void BadJson_IsATypedErrorNamingTheFile()
    {
        File.WriteAllText(Path.Combine(_folder, "sentence_bert_config.json"), "{ not json");
        Assert.That(() => OnnxModelSettings.Resolve(new OnnxEmbeddingOptions { ModelDirectory = _folder }),
            Throws.InstanceOf<PolicyCompareException>().With.Message.Contains("sentence_bert_config.json"));
    }

    [Test]
    public void MissingFolder_IsATypedError()
    {
        var missing = Path.Combine(_folder, "nope");
        Assert.That(() => OnnxModelSettings.Resolve(new OnnxEmbeddingOptions { ModelDirectory = missing }),
            Throws.InstanceOf<PolicyCompareException>().With.Message.Contains(missing));
    }
}
