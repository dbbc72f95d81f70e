namespace PolicyCompare.Documents;

/// <summary>An irregularity the parser met and worked around without losing text.</summary>
public enum ParseWarningKind
{
    /// <summary>A number skips values of its level (（十） then （十二）).</summary>
    NumberingGap,
    /// <summary>A number goes back to a lower value than the one before it (sections in a shuffled order).</summary>
    NumberingOutOfOrder,
    /// <summary>A number repeats the one before it at its level (a task line duplicated).</summary>
    DuplicateNumber,
    /// <summary>A numbered unit with no text and no sub-units (<c>三、</c> alone on its line).</summary>
    EmptyUnit,
    /// <summary>A number the target reader could not read; no value was recorded for it.</summary>
    UnreadableNumber,
}

/// <summary>An irregularity found while parsing a document; the parser kept every unit and reports what it assumed.</summary>
/// <param name="Kind">What was irregular.</param>
/// <param name="Document">The document id.</param>
/// <param name="SourceOffset">Offset in the source text where the irregularity stands.</param>
/// <param name="Line">1-based line number of <paramref name="SourceOffset"/> (LF, CRLF and CR each end a line).</param>
/// <param name="Message">What was found and what the parser did, for people.</param>
public sealed record ParseWarning(ParseWarningKind Kind, string Document, int SourceOffset, int Line, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Document}:{Line}: {Kind}: {Message}";
}
