using PolicyCompare.Text;

namespace PolicyCompare.Embeddings;

/// <summary>
/// Turns text into sparse TF-IDF vectors over jieba words and character n-grams, with a vocabulary and inverse document
/// frequencies fitted on a corpus.
/// </summary>
/// <remarks>
/// Each block (words, character n-grams) is L2-normalized on its own and then scaled by its weight, so the weights say how
/// much each view counts whatever the vocabulary sizes. IDF is smoothed: ln((1 + n) / (1 + df)) + 1.
/// ML.NET's n-gram transform was considered: its TF-IDF has neither sublinear TF nor smoothed IDF, and it cannot weigh
/// separately normalized blocks (words, character n-grams, thesaurus concepts), which is what made the difference on the
/// development labels; for a corpus of a few hundred short texts counting by hand is also simpler and fully deterministic.
/// </remarks>
internal sealed class TfidfFeaturizer
{
    private const string WordPrefix = "w:";
    private const string CharPrefix = "c:";
    private const string ConceptPrefix = "k:";

    private readonly ITextSegmenter _segmenter;
    private readonly EmbeddingOptions _options;
    private readonly Dictionary<string, int> _vocabulary;
    private readonly double[] _idf;

    private TfidfFeaturizer(ITextSegmenter segmenter, EmbeddingOptions options, Dictionary<string, int> vocabulary, double[] idf)
    {
        _segmenter = segmenter;
        _options = options;
        _vocabulary = vocabulary;
        _idf = idf;
    }

    /// <summary>Number of features.</summary>
    public int FeatureCount => _idf.Length;

    /// <summary>Fits the vocabulary and IDF on <paramref name="corpus"/>.</summary>
    public static TfidfFeaturizer Fit(IReadOnlyList<string> corpus, ITextSegmenter segmenter, EmbeddingOptions options)
    {
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in corpus)
        {
            foreach (var feature in RawFeatures(text, segmenter, options).Keys)
            {
                documentFrequency[feature] = documentFrequency.GetValueOrDefault(feature) + 1;
            }
        }

        var kept = documentFrequency
            .Where(p => p.Value >= Math.Min(options.MinDocumentFrequency, Math.Max(1, corpus.Count)))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToList();
        var vocabulary = new Dictionary<string, int>(kept.Count, StringComparer.Ordinal);
        var idf = new double[kept.Count];
        for (var i = 0; i < kept.Count; i++)
        {
            vocabulary[kept[i].Key] = i;
            idf[i] = Math.Log((1.0 + corpus.Count) / (1.0 + kept[i].Value)) + 1.0;
        }

        return new TfidfFeaturizer(segmenter, options, vocabulary, idf);
    }

    /// <summary>The TF-IDF vector of a text, as (feature index, weight) pairs sorted by index.</summary>
    public SparseVector Transform(string text)
    {
        var words = new List<(int Index, double Weight)>();
        var chars = new List<(int Index, double Weight)>();
        var concepts = new List<(int Index, double Weight)>();
        foreach (var (feature, count) in RawFeatures(text, _segmenter, _options))
        {
            if (!_vocabulary.TryGetValue(feature, out var index))
            {
                continue;
            }

            var tf = _options.SublinearTf ? 1.0 + Math.Log(count) : count;
            var block = feature.StartsWith(WordPrefix, StringComparison.Ordinal) ? words
                : feature.StartsWith(ConceptPrefix, StringComparison.Ordinal) ? concepts
                : chars;
            block.Add((index, tf * _idf[index]));
        }

        var entries = Scale(words, _options.WordWeight)
            .Concat(Scale(chars, _options.CharNGramWeight))
            .Concat(Scale(concepts, _options.ConceptWeight))
            .OrderBy(e => e.Index)
            .ToArray();
        return new SparseVector(entries.Select(e => e.Index).ToArray(), entries.Select(e => e.Weight).ToArray());
    }

    private static IEnumerable<(int Index, double Weight)> Scale(List<(int Index, double Weight)> block, double weight)
    {
        var norm = Math.Sqrt(block.Sum(e => e.Weight * e.Weight));
        return norm == 0 || weight == 0 ? [] : block.Select(e => (e.Index, e.Weight / norm * weight));
    }

    private static Dictionary<string, int> RawFeatures(string text, ITextSegmenter segmenter, EmbeddingOptions options)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (options.WordWeight > 0)
        {
            foreach (var word in segmenter.Segment(text))
            {
                Add(counts, WordPrefix + word);
            }
        }

        if (options.CharNGramMin > 0 && options.CharNGramWeight > 0)
        {
            foreach (var run in LetterRuns(text))
            {
                for (var n = options.CharNGramMin; n <= options.CharNGramMax; n++)
                {
                    for (var i = 0; i + n <= run.Length; i++)
                    {
                        Add(counts, CharPrefix + run.Substring(i, n));
                    }
                }
            }
        }

        if (options.ConceptWeight > 0)
        {
            foreach (var (concept, terms) in options.Concepts)
            {
                var hits = terms.Sum(term => Occurrences(text, term));
                if (hits > 0)
                {
                    counts[ConceptPrefix + concept] = hits;
                }
            }
        }

        return counts;
    }

    private static int Occurrences(string text, string term)
    {
        var count = 0;
        for (var i = text.IndexOf(term, StringComparison.Ordinal); i >= 0; i = text.IndexOf(term, i + term.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static void Add(Dictionary<string, int> counts, string feature) =>
        counts[feature] = counts.GetValueOrDefault(feature) + 1;

    // Character n-grams never span punctuation, digits or spaces: those boundaries are not part of any term.
    private static IEnumerable<string> LetterRuns(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isLetter = i < text.Length && char.IsLetter(text[i]);
            if (isLetter && start < 0)
            {
                start = i;
            }
            else if (!isLetter && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }
}
