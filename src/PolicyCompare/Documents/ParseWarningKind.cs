namespace PolicyCompare.Documents;

/// <summary>The kind of irregularity a <see cref="ParseWarning"/> reports.</summary>
public enum ParseWarningKind
{
    /// <summary>A number that looks like a target (a value with a unit) cannot be read; no target was recorded for it.</summary>
    UnreadableNumber,
    /// <summary>A number skips values of its level (（十） then （十二））; the unit is kept.</summary>
    NumberingGap,
    /// <summary>A number goes back to a lower value than the one before it (sections in a shuffled order); the unit is kept where it stands.</summary>
    NumberingOutOfOrder,
    /// <summary>A number repeats one already used at its level (a task line duplicated); both units are kept.</summary>
    DuplicateNumber,
    /// <summary>A numbered unit with no text and no sub-units (<c>三、</c> alone on its line); it is kept.</summary>
    EmptyUnit,
}
