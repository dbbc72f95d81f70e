using PolicyCompare.Text;

namespace PolicyCompare.Embeddings;

/// <summary>
/// TF-IDF vectors over a kept vocabulary (<see cref="TfidfLsaState"/>), counting the terms directly: the same terms the
/// fit's ML.NET transforms count (jieba words, letter n-grams inside letter runs, concept keys), without needing the
/// ML.NET pipeline, which cannot be kept as JSON.
/// </summary>
internal sealed class VocabularyTfidfVectorizer : ITfidfVectorizer
{
    private readonly TfidfLsaState _state;
    private readonly Dictionary<string, int> _index;
    private readonly ITextSegmenter _segmenter;
    private readonly EmbeddingOptions _options;

    /// <summary>Creates the vectorizer.</summary>
    public VocabularyTfidfVectorizer(TfidfLsaState state, ITextSegmenter segmenter, int maxDegreeOfParallelism)
    {
        _state = state;
        _segmenter = segmenter;
        _options = state.TokenOptions(maxDegreeOfParallelism);
        _index = new Dictionary<string, int>(state.Features.Count, StringComparer.Ordinal);
        for (var i = 0; i < state.Features.Count; i++)
        {
            _index.Add(state.Features[i], i);
        }
    }

    /// <inheritdoc />
    public int FeatureCount => _state.Features.Count;

    /// <inheritdoc />
    public SparseVector[] Transform(IReadOnlyList<string> texts)
    {
        var vectors = new SparseVector[texts.Count];
        Parallel.For(0, texts.Count, new ParallelOptions { MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism }, i =>
            vectors[i] = Vector(TextTokens.Of(texts[i], _segmenter, _options)));
        return vectors;
    }

    // The weight of each block follows TermBlock.Weight: a block the options turn off contributes nothing.
    private SparseVector Vector(TextTokens tokens)
    {
        var entries = new List<(int Index, double Weight)>();
        AddBlock(entries, tokens.Words.Select(w => "w:" + w), _state.WordWeight);
        AddBlock(entries, tokens.LetterRuns.SelectMany(CharNGrams), _state.CharNGramMin > 0 ? _state.CharNGramWeight : 0);
        AddBlock(entries, tokens.Concepts.Select(k => "k:" + k), _state.Concepts.Count > 0 ? _state.ConceptWeight : 0);
        entries.Sort((x, y) => x.Index.CompareTo(y.Index));
        return new SparseVector(entries.Select(e => e.Index).ToArray(), entries.Select(e => e.Weight).ToArray());
    }

    private IEnumerable<string> CharNGrams(string run)
    {
        for (var n = _state.CharNGramMin; n <= _state.CharNGramMax; n++)
        {
            for (var start = 0; start + n <= run.Length; start++)
            {
                yield return string.Concat("c:", run.AsSpan(start, n));
            }
        }
    }

    private void AddBlock(List<(int Index, double Weight)> entries, IEnumerable<string> terms, double weight)
    {
        if (weight <= 0)
        {
            return;
        }

        var counts = new SortedDictionary<int, int>();
        foreach (var term in terms)
        {
            if (_index.TryGetValue(term, out var index))
            {
                counts[index] = counts.GetValueOrDefault(index) + 1;
            }
        }

        var block = counts
            .Select(c => (c.Key, Weight: (_state.SublinearTf ? 1.0 + Math.Log(c.Value) : c.Value) * _state.InverseDocumentFrequencies[c.Key]))
            .ToList();
        var norm = Math.Sqrt(block.Sum(e => e.Weight * e.Weight));
        if (norm > 0)
        {
            entries.AddRange(block.Select(e => (e.Key, e.Weight / norm * weight)));
        }
    }
}
