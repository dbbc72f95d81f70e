using System.Text;
using System.Text.RegularExpressions;
using PolicyCompare.Documents;

namespace PolicyCompare.Metrics.TargetDrift;

/// <summary>
/// Reads the metric phrase of a target: the parser's scope when it has one, else the words of the clause before the
/// value; then strips time phrases, brackets, leading filler and trailing comparator words, and splits off a leading
/// population qualifier.
/// </summary>
internal sealed partial class TargetPhraseReader(MetricLexicon lexicon, int contextCharacters)
{
    /// <summary>The population label used when a phrase names none.</summary>
    public const string WholePopulation = "全体";

    private const int MaxPhraseLength = 30;

    private static readonly char[] SentenceEnds = ['。', '；', ';', '！', '!', '？', '?'];
    private static readonly char[] ClauseEnds = ['。', '；', ';', '，', ',', '：', ':', '！', '!', '？', '?'];

    public TargetPhrase Read(PolicyTask task, Target target, int searchFrom)
    {
        var text = task.Text.Value;
        var (start, end) = Locate(task, target, searchFrom);
        var sentenceStart = text.LastIndexOfAny(SentenceEnds, Math.Max(0, start - 1)) + 1;
        if (start == 0)
        {
            sentenceStart = 0;
        }

        var contextStart = Math.Max(sentenceStart, start - contextCharacters);
        var context = text[contextStart..end];

        string raw;
        if (!string.IsNullOrWhiteSpace(target.Scope))
        {
            raw = target.Scope;
        }
        else
        {
            var clauseStart = start == 0 ? 0 : text.LastIndexOfAny(ClauseEnds, start - 1) + 1;
            // The target text may itself begin with words of the phrase (覆盖率达到15%); keep those words.
            raw = text[clauseStart..start] + WordsBeforeValue(target.Text);
        }

        var phrase = Clean(raw);
        var (population, core) = SplitPopulation(phrase);
        return new TargetPhrase(phrase, population, core, context, text[sentenceStart..start]);
    }

    /// <summary>Start and end of the target in the task's normalized text, from its source span; falls back to finding its text.</summary>
    public static (int Start, int End) Locate(PolicyTask task, Target target, int searchFrom)
    {
        var offsets = task.Text.SourceOffsets;
        var start = -1;
        var end = offsets.Count;
        for (var i = 0; i < offsets.Count; i++)
        {
            if (start < 0 && offsets[i] >= target.Span.Start && offsets[i] < target.Span.End)
            {
                start = i;
            }

            if (offsets[i] >= target.Span.End)
            {
                end = i;
                break;
            }
        }

        if (start >= 0 && end > start)
        {
            return (start, end);
        }

        var found = task.Text.Value.IndexOf(target.Text, Math.Min(searchFrom, task.Text.Value.Length), StringComparison.Ordinal);
        if (found < 0)
        {
            found = task.Text.Value.IndexOf(target.Text, StringComparison.Ordinal);
        }

        return found >= 0 ? (found, found + target.Text.Length) : (task.Text.Value.Length, task.Text.Value.Length);
    }

    public string Clean(string raw)
    {
        var s = Brackets().Replace(raw, string.Empty);
        s = Quotes().Replace(s, string.Empty);
        s = Whitespace().Replace(s, string.Empty);
        bool changed;
        do
        {
            changed = false;
            var withoutYear = LeadingTime().Replace(s, string.Empty);
            if (withoutYear != s)
            {
                s = withoutYear;
                changed = true;
            }

            foreach (var word in lexicon.LeadingWords)
            {
                if (s.Length > word.Length && s.StartsWith(word, StringComparison.Ordinal))
                {
                    s = s[word.Length..];
                    changed = true;
                    break;
                }
            }

            foreach (var word in lexicon.TrailingWords)
            {
                if (s.Length > word.Length && s.EndsWith(word, StringComparison.Ordinal))
                {
                    s = s[..^word.Length];
                    changed = true;
                    break;
                }
            }
        }
        while (changed);

        // Chinese names the measure at the end of a phrase: keep the tail of an over-long clause.
        return s.Length > MaxPhraseLength ? s[^MaxPhraseLength..] : s;
    }

    public (string Population, string Core) SplitPopulation(string phrase)
    {
        foreach (var qualifier in lexicon.PopulationQualifiers)
        {
            if (phrase.Length > qualifier.Length && phrase.StartsWith(qualifier, StringComparison.Ordinal))
            {
                return (lexicon.Populations[qualifier], phrase[qualifier.Length..]);
            }
        }

        return (WholePopulation, phrase);
    }

    private static string WordsBeforeValue(string targetText)
    {
        var builder = new StringBuilder();
        foreach (var c in targetText)
        {
            if (char.IsDigit(c) || "零一二三四五六七八九十百千万亿两".Contains(c, StringComparison.Ordinal))
            {
                break;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"[（(\[【][^）)\]】]*[）)\]】]")]
    private static partial Regex Brackets();

    [GeneratedRegex("[\"'“”‘’「」『』《》]")]
    private static partial Regex Quotes();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(到|至|截至|截止|力争|争取|在)?\d{4}年(底|末|年底)?(前|以前)?")]
    private static partial Regex LeadingTime();
}
