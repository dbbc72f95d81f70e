namespace PolicyCompare.Documents;

/// <summary>
/// Text repaired for reading (line breaks inside sentences joined, spaces inside Chinese words removed) that keeps,
/// for every character, the offset of the source character it came from.
/// </summary>
/// <remarks>The source text itself is never altered; this is a view with an offset map.</remarks>
public sealed record NormalizedText
{
    private readonly int[] _sourceOffsets;

    /// <summary>Creates normalized text from its characters and their source offsets.</summary>
    /// <param name="value">The normalized characters.</param>
    /// <param name="sourceOffsets">For each character of <paramref name="value"/>, its offset in the source text.</param>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public NormalizedText(string value, IReadOnlyList<int> sourceOffsets)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(sourceOffsets);
        if (value.Length != sourceOffsets.Count)
        {
            throw new ArgumentException("Every normalized character needs exactly one source offset.", nameof(sourceOffsets));
        }

        Value = value;
        _sourceOffsets = sourceOffsets.ToArray();
    }

    /// <summary>The normalized characters.</summary>
    public string Value { get; }

    /// <summary>For each character of <see cref="Value"/>, the offset of the source character it came from.</summary>
    public IReadOnlyList<int> SourceOffsets => _sourceOffsets;

    /// <summary>The source offset of normalized character <paramref name="index"/>.</summary>
    /// <param name="index">Index into <see cref="Value"/>.</param>
    /// <returns>Offset in the document's source text.</returns>
    public int ToSourceOffset(int index) => _sourceOffsets[index];

    /// <summary>Maps a range of the normalized text back to the source span that covers it.</summary>
    /// <param name="start">Start index in <see cref="Value"/>.</param>
    /// <param name="length">Number of normalized characters (at least one).</param>
    /// <returns>The smallest source span containing all mapped characters.</returns>
    public SourceSpan ToSourceSpan(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        var first = _sourceOffsets[start];
        var last = _sourceOffsets[start + length - 1];
        return SourceSpan.FromBounds(first, last + 1);
    }

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <inheritdoc />
    public bool Equals(NormalizedText? other) =>
        other is not null && Value == other.Value && _sourceOffsets.AsSpan().SequenceEqual(other._sourceOffsets);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode(StringComparison.Ordinal);
}
