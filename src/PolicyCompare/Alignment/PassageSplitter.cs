using PolicyCompare.Documents;

namespace PolicyCompare.Alignment;

/// <summary>
/// Splits a task's text into passages: every clause (between ，,；;：:。！？!?) and every run of up to N consecutive clauses
/// of one sentence (ended by 。；;！？!?). Clauses play the part of BERTopic's token windows: a policy sentence lists one
/// measure per clause, so a clause window keeps a secondary theme from being diluted by the rest of the task.
/// </summary>
internal static class PassageSplitter
{
    private static readonly char[] SentenceEnds = ['。', '；', ';', '！', '!', '？', '?'];
    private static readonly char[] ClauseEnds = ['，', ',', '：', ':'];

    /// <summary>The passages of a task in text order (shorter first at the same start).</summary>
    public static IReadOnlyList<TaskPassage> Split(PolicyTask task, int maxClauses)
    {
        var text = task.Text.Value;
        var clauses = new List<(int Start, int End, int Sentence)>();
        var sentence = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var atEnd = i == text.Length;
            var c = atEnd ? '。' : text[i];
            var sentenceEnd = Array.IndexOf(SentenceEnds, c) >= 0;
            if (sentenceEnd || Array.IndexOf(ClauseEnds, c) >= 0)
            {
                var (s, e) = Trim(text, start, i);
                if (e > s)
                {
                    clauses.Add((s, e, sentence));
                }

                start = i + 1;
                if (sentenceEnd)
                {
                    sentence++;
                }
            }
        }

        var passages = new List<TaskPassage>();
        for (var first = 0; first < clauses.Count; first++)
        {
            for (var last = first; last < clauses.Count && last - first < maxClauses && clauses[last].Sentence == clauses[first].Sentence; last++)
            {
                var s = clauses[first].Start;
                var e = clauses[last].End;
                passages.Add(new TaskPassage(s, e - s, text[s..e], task.Text.ToSourceSpan(s, e - s)));
            }
        }

        return passages;
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }
}
