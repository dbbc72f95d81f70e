using Microsoft.ML;
using Microsoft.ML.Data;
using PolicyCompare.Text;

namespace PolicyCompare.Embeddings;

/// <summary>
/// Turns text into sparse TF-IDF vectors over jieba words, character n-grams and thesaurus concepts, with a vocabulary and
/// inverse document frequencies fitted on a corpus.
/// </summary>
/// <remarks>
/// ML.NET's text transforms, fitted on the corpus, count the terms (<see cref="TermBlock"/>): raw term frequencies, with
/// the vocabulary read from their slot names. The weighting is applied here because ML.NET's own TF-IDF has neither sublinear
/// TF nor smoothed IDF and cannot weigh separately normalized blocks, which is what made the difference on the development
/// labels: TF is 1 + ln(tf), IDF is ln((1 + n) / (1 + df)) + 1, features seen in fewer than
/// <see cref="EmbeddingOptions.MinDocumentFrequency"/> texts are dropped, and each block (words, character n-grams, concepts)
/// is L2-normalized on its own and then scaled by its weight, so the weights say how much each view counts whatever the
/// vocabulary sizes. Features are numbered in ordinal order of their names, never in the order ML.NET met them. Texts
/// embedded after the fit are counted over the fitted vocabulary by <see cref="VocabularyTfidfVectorizer"/>
/// (<see cref="State"/>), which gives the corpus texts the very vectors the fit gave them.
/// </remarks>
internal sealed class TfidfFeaturizer
{
    // No transform used here draws random numbers; the seed pins the context should one ever do.
    private const int Seed = 1;

    private readonly FittedBlock[] _blocks;
    private readonly double[] _idf;
    private readonly string[] _features;
    private readonly EmbeddingOptions _options;

    // Read once: ML.NET would otherwise reflect over the row type at every call.
    private static readonly SchemaDefinition RowSchema = SchemaDefinition.Create(typeof(TextTokens));

    private TfidfFeaturizer(FittedBlock[] blocks, double[] idf, string[] features, EmbeddingOptions options)
    {
        _features = features;
        _blocks = blocks;
        _idf = idf;
        _options = options;
    }

    /// <summary>Number of features.</summary>
    public int FeatureCount => _idf.Length;

    /// <summary>Inverse document frequency of each feature, by index.</summary>
    public IReadOnlyList<double> InverseDocumentFrequencies => _idf;

    /// <summary>Feature names by index: the term prefixed by its block (<c>w:</c> word, <c>c:</c> character n-gram, <c>k:</c> concept).</summary>
    public IReadOnlyList<string> FeatureNames => _features;

    /// <summary>Fits the vocabulary and IDF on <paramref name="corpus"/>.</summary>
    /// <returns>The featurizer and the TF-IDF vectors of the corpus texts (what <see cref="VocabularyTfidfVectorizer"/> over <see cref="State"/> gives for them).</returns>
    public static (TfidfFeaturizer Featurizer, SparseVector[] CorpusVectors) Fit(
        IReadOnlyList<string> corpus, ITextSegmenter segmenter, EmbeddingOptions options)
    {
        var ml = new MLContext(Seed);
        var rows = Tokenize(corpus, segmenter, options);

        // A block no text has a token of yields no feature; ML.NET cannot build a vocabulary for it either.
        var blocks = TermBlock.All
            .Where(block => block.Weight(options) > 0 && rows.Any(row => block.Tokens(row).Length > 0))
            .ToList();
        if (blocks.Count == 0)
        {
            return (new TfidfFeaturizer([], [], [], options), corpus.Select(_ => SparseVector.Empty).ToArray());
        }

        var data = ml.Data.LoadFromEnumerable(rows, RowSchema);
        var counter = blocks.Select(block => block.Counter(ml, options)).Aggregate((chain, next) => chain.Append(next)).Fit(data);
        var counted = counter.Transform(data);

        var slotNames = blocks.Select(block => SlotNames(counted.Schema[block.CountColumn])).ToList();
        var documentFrequency = slotNames.Select(names => new int[names.Length]).ToList();
        var corpusCounts = ReadCounts(counted, blocks, corpus.Count);
        foreach (var row in corpusCounts)
        {
            for (var b = 0; b < row.Length; b++)
            {
                foreach (var slot in row[b].Slots)
                {
                    documentFrequency[b][slot]++;
                }
            }
        }

        var minimum = Math.Min(options.MinDocumentFrequency, Math.Max(1, corpus.Count));
        var kept = new List<(string Feature, int Block, int Slot)>();
        for (var b = 0; b < blocks.Count; b++)
        {
            for (var slot = 0; slot < slotNames[b].Length; slot++)
            {
                if (documentFrequency[b][slot] >= minimum && blocks[b].Feature(slotNames[b][slot], options) is { } feature)
                {
                    kept.Add((feature, b, slot));
                }
            }
        }

        kept.Sort((x, y) => string.CompareOrdinal(x.Feature, y.Feature));
        var slotToFeature = slotNames.Select(names => Enumerable.Repeat(-1, names.Length).ToArray()).ToList();
        var idf = new double[kept.Count];
        for (var i = 0; i < kept.Count; i++)
        {
            var (_, block, slot) = kept[i];
            slotToFeature[block][slot] = i;
            idf[i] = Math.Log((1.0 + corpus.Count) / (1.0 + documentFrequency[block][slot])) + 1.0;
        }

        var fitted = blocks.Select((block, b) => new FittedBlock(block, block.Weight(options), slotToFeature[b])).ToArray();
        var featurizer = new TfidfFeaturizer(fitted, idf, kept.Select(k => k.Feature).ToArray(), options);

        // Each text's vector is weighted by one thread: the same vectors for any number of threads.
        var vectors = new SparseVector[corpusCounts.Length];
        Parallel.For(0, corpusCounts.Length, new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism }, i =>
            vectors[i] = featurizer.Vector(corpusCounts[i]));
        return (featurizer, vectors);
    }

    /// <summary>The fitted vocabulary as kept state, with the given LSA components.</summary>
    /// <param name="dimensions">LSA dimensions.</param>
    /// <param name="components">Features × dimensions loadings, row-major; used as given, not copied.</param>
    public TfidfLsaState State(int dimensions, IReadOnlyList<float> components) => new(
        _features,
        _idf,
        _options.WordWeight,
        _options.CharNGramWeight,
        _options.ConceptWeight,
        _options.CharNGramMin,
        _options.CharNGramMax,
        _options.SublinearTf,
        _options.Concepts.ToDictionary(c => c.Key, c => (IReadOnlyList<string>)c.Value.ToArray(), StringComparer.Ordinal),
        dimensions,
        components);

    // Each distinct text tokenized once (section headings and titles repeat), texts in parallel, each by one thread: the
    // rows are the same for any number of threads.
    private static List<TextTokens> Tokenize(IReadOnlyList<string> texts, ITextSegmenter segmenter, EmbeddingOptions options)
    {
        var distinct = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = new int[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            index[i] = distinct.TryGetValue(texts[i], out var d) ? d : distinct[texts[i]] = distinct.Count;
        }

        var unique = distinct.Keys.ToArray();
        var tokens = new TextTokens[unique.Length];
        var concepts = TextTokens.ConceptOrder(options);
        Parallel.For(0, unique.Length, new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism }, u =>
            tokens[u] = TextTokens.Of(unique[u], segmenter, options, concepts));
        return index.Select(i => tokens[i]).ToList();
    }

    // A text's TF-IDF vector from its term counts: per block, (feature index, tf · idf) for the kept features, the block
    // L2-normalized and scaled by its weight; the blocks together in feature order.
    private SparseVector Vector(BlockCounts[] blocks)
    {
        var entries = new List<(int Index, double Weight)>();
        var block = new List<(int Index, double Weight)>();
        for (var b = 0; b < blocks.Length; b++)
        {
            var (slots, counts) = blocks[b];
            block.Clear();
            for (var i = 0; i < slots.Length; i++)
            {
                var index = _blocks[b].SlotToFeature[slots[i]];
                if (index >= 0)
                {
                    double count = counts[i];
                    var tf = _options.SublinearTf ? 1.0 + Math.Log(count) : count;
                    block.Add((index, tf * _idf[index]));
                }
            }

            entries.AddRange(Normalize(block, _blocks[b].Weight));
        }

        entries.Sort((x, y) => x.Index.CompareTo(y.Index));
        return new SparseVector(entries.Select(e => e.Index).ToArray(), entries.Select(e => e.Weight).ToArray());
    }

    private static IEnumerable<(int Index, double Weight)> Normalize(List<(int Index, double Weight)> block, double weight)
    {
        // Summed in feature order, as VocabularyTfidfVectorizer does, so both give a text the same bits.
        block.Sort((x, y) => x.Index.CompareTo(y.Index));
        var norm = Math.Sqrt(block.Sum(e => e.Weight * e.Weight));
        return norm == 0 ? [] : block.Select(e => (e.Index, e.Weight / norm * weight));
    }

    private static string[] SlotNames(DataViewSchema.Column counts)
    {
        // An empty vocabulary (no n-gram long enough in any text) comes out as a vector of unknown size without slot names.
        if (counts.Type is not VectorDataViewType { Size: > 0 })
        {
            return [];
        }

        var names = default(VBuffer<ReadOnlyMemory<char>>);
        counts.GetSlotNames(ref names);
        return names.DenseValues().Select(name => name.ToString()).ToArray();
    }

    // Every row's terms counted at least once, per block, as exact-size arrays: a compact copy of ML.NET's counts (a list of
    // (row, block, slot, count) tuples took several gigabytes at 150,000 texts).
    private static BlockCounts[][] ReadCounts(IDataView counted, IReadOnlyList<TermBlock> blocks, int rowCount)
    {
        var columns = blocks.Select(block => counted.Schema[block.CountColumn]).ToArray();
        using var cursor = counted.GetRowCursor(columns);
        var getters = columns.Select(cursor.GetGetter<VBuffer<float>>).ToArray();
        var counts = default(VBuffer<float>);
        var result = new BlockCounts[rowCount][];
        var slots = new List<int>();
        var values = new List<float>();
        for (var row = 0; cursor.MoveNext(); row++)
        {
            result[row] = new BlockCounts[getters.Length];
            for (var b = 0; b < getters.Length; b++)
            {
                getters[b](ref counts);
                slots.Clear();
                values.Clear();
                foreach (var (slot, count) in counts.Items())
                {
                    if (count > 0)
                    {
                        slots.Add(slot);
                        values.Add(count);
                    }
                }

                result[row][b] = new BlockCounts(slots.ToArray(), values.ToArray());
            }
        }

        return result;
    }

    /// <summary>One text's counted terms of one block: ML.NET slots and their counts, in slot order.</summary>
    private readonly record struct BlockCounts(int[] Slots, float[] Counts);

    private sealed record FittedBlock(TermBlock Terms, double Weight, int[] SlotToFeature);
}
