using PolicyCompare.Text;

namespace PolicyCompare.Embeddings;

/// <summary>
/// The tokens of one text that the TF-IDF featurizer counts, one property per block: the row type of the ML.NET data view.
/// </summary>
/// <remarks>Settable public properties because ML.NET reads rows by reflection.</remarks>
internal sealed class TextTokens
{
    /// <summary>jieba words, in text order.</summary>
    public string[] Words { get; set; } = [];

    /// <summary>
    /// Maximal runs of letters, in text order. Character n-grams are taken inside a run only: punctuation, digits and spaces
    /// are not part of any term.
    /// </summary>
    public string[] LetterRuns { get; set; } = [];

    /// <summary>The concept key of every occurrence of one of its thesaurus terms, in thesaurus order.</summary>
    public string[] Concepts { get; set; } = [];

    /// <summary>The thesaurus in the order concepts are counted (by key), for <see cref="Of"/>; computed once per corpus.</summary>
    public static (string Key, IReadOnlyList<string> Terms)[] ConceptOrder(EmbeddingOptions options) =>
        options.ConceptWeight > 0
            ? options.Concepts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, c.Value)).ToArray()
            : [];

    /// <summary>Tokenizes a text for the blocks <paramref name="options"/> enables.</summary>
    /// <param name="text">The text.</param>
    /// <param name="segmenter">The word segmenter.</param>
    /// <param name="options">Which blocks are on.</param>
    /// <param name="concepts">The thesaurus from <see cref="ConceptOrder"/>.</param>
    public static TextTokens Of(string text, ITextSegmenter segmenter, EmbeddingOptions options, (string Key, IReadOnlyList<string> Terms)[] concepts) => new()
    {
        Words = options.WordWeight > 0 ? segmenter.Segment(text).Where(w => w.Length > 0).ToArray() : [],
        LetterRuns = options.CharNGramMin > 0 && options.CharNGramWeight > 0 ? FindLetterRuns(text).ToArray() : [],
        Concepts = concepts.SelectMany(c => c.Terms.SelectMany(term => Enumerable.Repeat(c.Key, Occurrences(text, term)))).ToArray(),
    };

    // Non-overlapping occurrences, as a reader would count them.
    private static int Occurrences(string text, string term)
    {
        if (term.Length == 0)
        {
            return 0;
        }

        var count = 0;
        for (var i = text.IndexOf(term, StringComparison.Ordinal); i >= 0; i = text.IndexOf(term, i + term.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static IEnumerable<string> FindLetterRuns(string text)
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
