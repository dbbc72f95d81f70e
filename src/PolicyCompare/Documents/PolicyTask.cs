namespace PolicyCompare.Documents;

/// <summary>
/// A numbered unit of a work plan: the deepest numbered unit that carries content. Most are policy tasks; units under
/// framing headings (总体要求, 基本原则, 工作目标…) are kept with <see cref="Kind"/> goal or principle and are not policy
/// tasks (<see cref="IsPolicyTask"/>).
/// </summary>
/// <param name="Ordinal">1-based position of the task in its document.</param>
/// <param name="SectionPath">Titles of the enclosing sections, outermost first.</param>
/// <param name="Number">The task number as written (e.g. <c>（十七）</c>, <c>3.</c>).</param>
/// <param name="Title">The task's lead phrase (up to the first 。), normalized.</param>
/// <param name="Text">The task's normalized text: title and body, without the number and the responsibility parenthesis.</param>
/// <param name="Span">The task's whole source span: number, text and responsibility parenthesis.</param>
public sealed record PolicyTask(
    int Ordinal,
    IReadOnlyList<string> SectionPath,
    string Number,
    string Title,
    NormalizedText Text,
    SourceSpan Span)
{
    /// <summary>Departments responsible for the task, in the order written.</summary>
    public IReadOnlyList<Responsibility> Responsibilities { get; init; } = [];

    /// <summary>The source span of the responsibility statement (parenthesis or clause), or null when none is stated.</summary>
    public SourceSpan? ResponsibilitySpan { get; init; }

    /// <summary>Quantitative targets stated in the task.</summary>
    public IReadOnlyList<Target> Targets { get; init; } = [];

    /// <summary>Index of the innermost enclosing section in <see cref="PolicyDocument.Sections"/>, or null.</summary>
    public int? SectionIndex { get; init; }

    /// <summary>Task, safeguard, goal or principle, from the unit's own title or its enclosing sections' titles.</summary>
    public UnitKind Kind { get; init; } = UnitKind.Task;

    /// <summary>Whether the unit is a policy task (kind task or safeguard): the units topics, coverage, department load and drift count.</summary>
    public bool IsPolicyTask => Kind is UnitKind.Task or UnitKind.Safeguard;

    /// <summary>Inline points 一是…二是… of the task's text, in order; empty when it has none.</summary>
    public IReadOnlyList<SubItem> SubItems { get; init; } = [];
}
