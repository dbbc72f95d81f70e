using NUnit.Framework;
using PolicyCompare.Embeddings;
using PolicyCompare.Text;

namespace PolicyCompare.Tests.Embeddings;

public sealed class TfidfFeaturizerTests
{
    // Words are the space-separated tokens, so every count below can be read off the texts.
    private static readonly string[] Corpus = ["ab ab cd", "ab ef gh", "ab cd cd"];

    private static EmbeddingOptions Options() => new()
    {
        CharNGramMin = 2,
        CharNGramMax = 3,
        WordWeight = 1,
        CharNGramWeight = 1,
        ConceptWeight = 0.5,
        Concepts = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { ["x"] = ["cd"] },
        SublinearTf = true,
        MinDocumentFrequency = 2,
    };

    // Worked by hand (n = 3 texts, IDF = ln((1 + n) / (1 + df)) + 1, TF = 1 + ln(tf), each block L2-normalized, then weighted):
    // - words: ab in 3 texts (tf 2, 1, 1) → IDF ln(4/4) + 1 = 1; cd in 2 texts (tf 1, 0, 2) → IDF ln(4/3) + 1 = 1.2876821;
    //   ef and gh are in one text only and are dropped.
    // - character n-grams (2–3 letters, inside letter runs only): the runs are the words themselves, so the features are the
    //   bigrams ab and cd with the same counts as the words; no trigram exists, single letters are not features, and
    //   n-grams across a space ("ba", "bc", "b c") must not appear ("bc" would otherwise be in texts 1 and 3).
    // - concept x (term "cd"): 1, 0, 2 occurrences; the block has one feature, so it is 0.5 (its weight) wherever present.
    // Text 1: ab = 1 + ln 2 = 1.6931472, cd = 1 · 1.2876821; norm 2.1271748 → ab 0.7959605, cd 0.6053485.
    // Text 2: ab = 1 → 1.
    // Text 3: ab = 1, cd = (1 + ln 2) · 1.2876821 = 2.1802353; norm 2.3986300 → ab 0.4169047, cd 0.9089502.
    [Test]
    public void Fit_CountsWithMlNet_AndWeighsLikeTheHandComputedTfidf()
    {
        var (featurizer, vectors) = TfidfFeaturizer.Fit(Corpus, new SpaceSegmenter(), Options());

        Assert.Multiple(() =>
        {
            Assert.That(featurizer.FeatureNames, Is.EqualTo(new[] { "c:ab", "c:cd", "k:x", "w:ab", "w:cd" }));
            Assert.That(Dense(vectors[0]), Is.EqualTo(new[] { 0.7959605, 0.6053485, 0.5, 0.7959605, 0.6053485 }).Within(1e-7));
            Assert.That(Dense(vectors[1]), Is.EqualTo(new[] { 1.0, 0, 0, 1.0, 0 }).Within(1e-7));
            Assert.That(Dense(vectors[2]), Is.EqualTo(new[] { 0.4169047, 0.9089502, 0.5, 0.4169047, 0.9089502 }).Within(1e-7));
        });
    }

    [Test]
    public void VocabularyVectorizer_GivesTheFittedVectorsBitForBit_AndIgnoresUnseenTerms()
    {
        var (featurizer, vectors) = TfidfFeaturizer.Fit(Corpus, new SpaceSegmenter(), Options());
        var again = Vectorizer(featurizer, threads: -1).Transform([.. Corpus, "ab zz ef"]);

        Assert.Multiple(() =>
        {
            for (var i = 0; i < vectors.Length; i++)
            {
                Assert.That(again[i].Indices, Is.EqualTo(vectors[i].Indices), $"text {i}");
                Assert.That(again[i].Values.Select(BitConverter.DoubleToInt64Bits), Is.EqualTo(vectors[i].Values.Select(BitConverter.DoubleToInt64Bits)), $"text {i}");
            }

            Assert.That(Dense(again[3]), Is.EqualTo(new[] { 1.0, 0, 0, 1.0, 0 }).Within(1e-12), "zz is unseen and ef was dropped");
        });
    }

    [Test]
    public void VocabularyVectorizer_OnManyThreads_GivesTheSameVectorsAsOnOne()
    {
        var (featurizer, _) = TfidfFeaturizer.Fit(Corpus, new SpaceSegmenter(), Options());
        var texts = Enumerable.Range(0, 64).Select(i => Corpus[i % Corpus.Length] + (i % 2 == 0 ? " cd" : " ab")).ToArray();
        var serial = Vectorizer(featurizer, threads: 1).Transform(texts).Select(Dense).ToArray();
        var parallel = Vectorizer(featurizer, threads: 4).Transform(texts).Select(Dense).ToArray();
        Assert.That(parallel, Is.EqualTo(serial));
    }

    private static VocabularyTfidfVectorizer Vectorizer(TfidfFeaturizer featurizer, int threads) =>
        new(featurizer.State(1, new float[featurizer.FeatureCount]), new SpaceSegmenter(), threads);

    [Test]
    public void Fit_WithTextsTooShortForAnyCharacterNGram_KeepsTheWords()
    {
        var (featurizer, vectors) = TfidfFeaturizer.Fit(["a b", "a c"], new SpaceSegmenter(), Options());
        Assert.Multiple(() =>
        {
            Assert.That(featurizer.FeatureNames, Is.EqualTo(new[] { "w:a" }));
            Assert.That(vectors.Select(v => DenseOver(v, 1)), Is.EqualTo(new[] { new[] { 1.0 }, new[] { 1.0 } }));
        });
    }

    // The five features of the fitted corpus above, unless told otherwise.
    private static double[] Dense(SparseVector vector) => DenseOver(vector, features: 5);

    private static double[] DenseOver(SparseVector vector, int features)
    {
        var dense = new double[features];
        for (var i = 0; i < vector.Indices.Length; i++)
        {
            dense[vector.Indices[i]] = vector.Values[i];
        }

        return dense;
    }

    private sealed class SpaceSegmenter : ITextSegmenter
    {
        public IReadOnlyList<string> Segment(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
