using PolicyCompare.Text;

namespace PolicyCompare.Embeddings;

/// <summary>
/// TF-IDF vectors over a kept vocabulary (<see cref="TfidfLsaState"/>), counting the terms directly: the same terms the
/// fit's ML.NET transforms count (jieba words, letter n-grams inside letter runs, concept keys), without needing the
/// ML.NET pipeline, which cannot be kept as JSON. Each block is weighted and L2-normalized with its terms summed in
/// feature order, as the fit does, so a fitted text gets the very vector the fit gave it.
/// </summary>
internal sealed class VocabularyTfidfVectorizer : ITfidfVectorizer
{
    private readonly TfidfLsaState _state;
    private readonly ITextSegmenter _segmenter;
    private readonly EmbeddingOptions _options;
    private readonly (string Key, IReadOnlyList<string> Terms)[] _concepts;

    // Feature index of each term, one table per block, keyed without the block prefix (w:, c:, k:) so counting a text
    // allocates no prefixed string; character n-grams are looked up as spans of their letter run.
    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _charNGrams = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _conceptKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _charNGramSpans;

    /// <summary>Creates the vectorizer.</summary>
    public VocabularyTfidfVectorizer(TfidfLsaState state, ITextSegmenter segmenter, int maxDegreeOfParallelism)
    {
        _state = state;
        _segmenter = segmenter;
        _options = state.TokenOptions(maxDegreeOfParallelism);
        _concepts = TextTokens.ConceptOrder(_options);
        for (var i = 0; i < state.Features.Count; i++)
        {
            var feature = state.Features[i];
            var table = feature.StartsWith("w:", StringComparison.Ordinal) ? _words
                : feature.StartsWith("c:", StringComparison.Ordinal) ? _charNGrams
                : feature.StartsWith("k:", StringComparison.Ordinal) ? _conceptKeys
                : null;
            table?.Add(feature[2..], i);
        }

        _charNGramSpans = _charNGrams.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <inheritdoc />
    public int FeatureCount => _state.Features.Count;

    /// <inheritdoc />
    public SparseVector[] Transform(IReadOnlyList<string> texts)
    {
        var vectors = new SparseVector[texts.Count];
        Parallel.For(0, texts.Count, new ParallelOptions { MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism }, i =>
            vectors[i] = Vector(TextTokens.Of(texts[i], _segmenter, _options, _concepts)));
        return vectors;
    }

    // The weight of each block follows TermBlock.Weight: a block the options turn off contributes nothing.
    private SparseVector Vector(TextTokens tokens)
    {
        var entries = new List<(int Index, double Weight)>();
        var counts = new Dictionary<int, int>();
        if (_state.WordWeight > 0)
        {
            foreach (var word in tokens.Words)
            {
                Count(counts, _words, word);
            }

            AddBlock(entries, counts, _state.WordWeight);
        }

        if (_state.CharNGramMin > 0 && _state.CharNGramWeight > 0)
        {
            foreach (var run in tokens.LetterRuns)
            {
                for (var n = _state.CharNGramMin; n <= _state.CharNGramMax; n++)
                {
                    for (var start = 0; start + n <= run.Length; start++)
                    {
                        if (_charNGramSpans.TryGetValue(run.AsSpan(start, n), out var index))
                        {
                            counts[index] = counts.GetValueOrDefault(index) + 1;
                        }
                    }
                }
            }

            AddBlock(entries, counts, _state.CharNGramWeight);
        }

        if (_state.Concepts.Count > 0 && _state.ConceptWeight > 0)
        {
            foreach (var key in tokens.Concepts)
            {
                Count(counts, _conceptKeys, key);
            }

            AddBlock(entries, counts, _state.ConceptWeight);
        }

        entries.Sort((x, y) => x.Index.CompareTo(y.Index));
        return new SparseVector(entries.Select(e => e.Index).ToArray(), entries.Select(e => e.Weight).ToArray());
    }

    private static void Count(Dictionary<int, int> counts, Dictionary<string, int> table, string term)
    {
        if (table.TryGetValue(term, out var index))
        {
            counts[index] = counts.GetValueOrDefault(index) + 1;
        }
    }

    // Adds one block's TF-IDF entries, L2-normalized (summed in feature order) and scaled by its weight; empties counts.
    private void AddBlock(List<(int Index, double Weight)> entries, Dictionary<int, int> counts, double weight)
    {
        var block = counts
            .OrderBy(c => c.Key)
            .Select(c => (c.Key, Weight: (_state.SublinearTf ? 1.0 + Math.Log(c.Value) : c.Value) * _state.InverseDocumentFrequencies[c.Key]))
            .ToList();
        counts.Clear();
        var norm = Math.Sqrt(block.Sum(e => e.Weight * e.Weight));
        if (norm > 0)
        {
            entries.AddRange(block.Select(e => (e.Key, e.Weight / norm * weight)));
        }
    }
}
