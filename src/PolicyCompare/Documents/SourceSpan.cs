using System.Text.Json.Serialization;

namespace PolicyCompare.Documents;

/// <summary>A half-open range of UTF-16 code units in a document's source text.</summary>
/// <param name="Start">Offset of the first character in <see cref="PolicyDocument.SourceText"/>.</param>
/// <param name="Length">Number of characters covered.</param>
public readonly record struct SourceSpan(int Start, int Length)
{
    /// <summary>Offset one past the last character.</summary>
    [JsonIgnore]
    public int End => Start + Length;

    /// <summary>Creates a span from a start and an exclusive end offset.</summary>
    /// <param name="start">Inclusive start offset.</param>
    /// <param name="end">Exclusive end offset.</param>
    /// <returns>The span <c>[start, end)</c>.</returns>
    public static SourceSpan FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return new SourceSpan(start, end - start);
    }

    /// <summary>Whether <paramref name="other"/> lies entirely inside this span.</summary>
    /// <param name="other">The span to test.</param>
    /// <returns><see langword="true"/> when contained.</returns>
    public bool Contains(SourceSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>The text this span covers in <paramref name="source"/>.</summary>
    /// <param name="source">The document's source text.</param>
    /// <returns>The covered substring.</returns>
    public string Slice(string source) => source.Substring(Start, Length);
}
