using System.Text;
using JiebaNet.Segmenter;

namespace PolicyCompare.Text;

/// <summary>
/// Segments Chinese policy text with jieba.NET, keeping health-policy terms (医联体, 带量采购, DRG…) whole.
/// </summary>
/// <remarks>
/// Lexicon terms are found first by longest match and emitted as they are; jieba.NET (accurate mode with HMM) segments
/// the text between them. Adding terms this way, rather than with jieba's process-wide <c>AddWord</c>, keeps every
/// segmenter instance's result independent of what other instances did and lets instances run on many threads at once,
/// since jieba's shared dictionary is then only ever read. Text is NFKC-normalized first (全角 → 半角).
/// </remarks>
public sealed class JiebaTextSegmenter : ITextSegmenter
{
    private readonly JiebaSegmenter _jieba;
    private readonly Dictionary<char, string[]> _termsByFirstChar;
    private readonly HashSet<string> _stopWords;
    private readonly bool _keepSingleCharacters;

    /// <summary>Creates a segmenter with the default options.</summary>
    public JiebaTextSegmenter()
        : this(new SegmenterOptions())
    {
    }

    /// <summary>Creates a segmenter.</summary>
    /// <param name="options">Lexicon, stop words and filtering options.</param>
    /// <exception cref="System.ComponentModel.DataAnnotations.ValidationException">The options are invalid.</exception>
    public JiebaTextSegmenter(SegmenterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        JiebaResources.EnsureAvailable();
        _jieba = new JiebaSegmenter();
        var terms = (options.UseHealthPolicyLexicon ? HealthPolicyLexicon.Terms : [])
            .Concat(options.UserTerms)
            .Select(Normalize)
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.Ordinal);
        _termsByFirstChar = terms
            .GroupBy(t => t[0])
            .ToDictionary(
                g => g.Key,
                g => g.OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).ToArray());
        _stopWords = new HashSet<string>(StopWords.Default.Concat(options.UserStopWords).Select(Normalize), StringComparer.Ordinal);
        _keepSingleCharacters = options.KeepSingleCharacters;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Segment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = Normalize(text);
        var tokens = new List<string>();
        var gapStart = 0;
        var i = 0;
        while (i < normalized.Length)
        {
            var term = LongestTermAt(normalized, i);
            if (term is null)
            {
                i++;
                continue;
            }

            CutGap(normalized, gapStart, i, tokens);
            AddToken(term, tokens);
            i += term.Length;
            gapStart = i;
        }

        CutGap(normalized, gapStart, normalized.Length, tokens);
        return tokens;
    }

    private static string Normalize(string text) => text.Normalize(NormalizationForm.FormKC).Trim();

    private string? LongestTermAt(string text, int index)
    {
        if (!_termsByFirstChar.TryGetValue(text[index], out var candidates))
        {
            return null;
        }

        foreach (var term in candidates)
        {
            if (string.CompareOrdinal(text, index, term, 0, term.Length) == 0)
            {
                return term;
            }
        }

        return null;
    }

    private void CutGap(string text, int start, int end, List<string> tokens)
    {
        if (end <= start)
        {
            return;
        }

        foreach (var word in _jieba.Cut(text[start..end], cutAll: false, hmm: true))
        {
            AddToken(word, tokens);
        }
    }

    private void AddToken(string word, List<string> tokens)
    {
        var token = word.Trim();
        if (token.Length == 0 || (!_keepSingleCharacters && token.Length == 1) || _stopWords.Contains(token))
        {
            return;
        }

        // Punctuation, numbers and percentages carry no topic.
        if (token.Any(char.IsLetter))
        {
            tokens.Add(token);
        }
    }
}
