namespace PolicyCompare.Parsing.Numbering;

/// <summary>What a numbered unit turned out to be.</summary>
internal enum OutlineRole
{
    /// <summary>A heading that groups tasks (or a top-level part without tasks, such as 总体要求).</summary>
    Section,
    /// <summary>A task.</summary>
    Task,
    /// <summary>A sub-point inside a task (numbered below the task level); part of the task's text.</summary>
    SubPoint,
}

/// <summary>A numbered unit accepted into the document outline.</summary>
/// <param name="PieceIndex">The content piece the unit starts.</param>
/// <param name="Marker">Its number.</param>
/// <param name="Level">Nesting level, 1 for the outermost numbering style.</param>
/// <param name="Parent">Index of the enclosing unit in the outline, or -1.</param>
/// <param name="HeadingLike">Whether its line is short and has no full stop, as headings are.</param>
internal sealed record OutlineUnit(int PieceIndex, NumberMarker Marker, int Level, int Parent, bool HeadingLike)
{
    /// <summary>Whether other units are nested in this one.</summary>
    public bool HasChildren { get; set; }

    /// <summary>Whether the unit is a task only because it is a heading-level unit without sub-units; its title is its heading line.</summary>
    public bool IsLeafHeading { get; set; }

    /// <summary>Section, task or sub-point.</summary>
    public OutlineRole Role { get; set; }
}
