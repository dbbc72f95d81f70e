namespace PolicyCompare.Parsing.Targets;

/// <summary>
/// The sentence boundaries (。；;！) of a text, found once, so that finding the sentence around a position costs a
/// binary search rather than a scan (a long plan scraped without punctuation stays linear).
/// </summary>
internal sealed class Sentences
{
    private readonly int[] _boundaries;

    /// <summary>Indexes the sentence boundaries of <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    public Sentences(string text)
    {
        var boundaries = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '。' or '；' or ';' or '！')
            {
                boundaries.Add(i);
            }
        }

        _boundaries = boundaries.ToArray();
        Length = text.Length;
    }

    /// <summary>The length of the text.</summary>
    public int Length { get; }

    /// <summary>Where the sentence holding <paramref name="index"/> starts (after the last boundary before it).</summary>
    /// <param name="index">A position.</param>
    /// <returns>The sentence start.</returns>
    public int Start(int index)
    {
        var at = Array.BinarySearch(_boundaries, index - 1);
        var last = at >= 0 ? at : ~at - 1; // the last boundary at or before index − 1
        return last < 0 ? 0 : _boundaries[last] + 1;
    }

    /// <summary>Where the sentence holding <paramref name="index"/> ends (its boundary, or the text's end).</summary>
    /// <param name="index">A position.</param>
    /// <returns>The sentence end (exclusive).</returns>
    public int End(int index)
    {
        var at = Array.BinarySearch(_boundaries, index);
        var next = at >= 0 ? at : ~at; // the first boundary at or after index
        return next < _boundaries.Length ? _boundaries[next] : Length;
    }
}
