namespace PolicyCompare.Documents;

/// <summary>The kind of irregularity a <see cref="ParseWarning"/> reports.</summary>
public enum ParseWarningKind
{
    /// <summary>A number that looks like a target (a value with a unit) cannot be read; no target was recorded for it.</summary>
    UnreadableNumber,
}
