namespace PolicyCompare.Documents;

/// <summary>How a department takes part in a task.</summary>
public enum ResponsibilityRole
{
    /// <summary>Leads the task (牵头, or listed first where the plan says the first is the lead).</summary>
    Lead,
    /// <summary>Co-responsible (负责, 按职责分工负责).</summary>
    Co,
    /// <summary>Participates (参与, 配合).</summary>
    Participate,
}

/// <summary>How the lead of a task was decided.</summary>
public enum LeadBasis
{
    /// <summary>The text marks it: X牵头, 牵头单位：X.</summary>
    Explicit,
    /// <summary>The plan states its own rule (排在第一位的部门为牵头部门, 列第一位的为牵头单位) and X is listed first.</summary>
    PlanRule,
    /// <summary>No lead is marked and the plan states no rule; X is listed first, and the first listed is read as the lead by convention.</summary>
    Convention,
}

/// <summary>A department named as responsible for a task.</summary>
/// <param name="Name">The name as written (traditional characters folded to simplified), with level prefix and without 等.</param>
/// <param name="Canonical">Canonical agency key (e.g. <c>health-commission</c>), or null when no alias matches or the name is unspecified.</param>
/// <param name="CanonicalName">Canonical agency display name in Chinese (e.g. 卫生健康委), or null when unknown.</param>
/// <param name="LevelPrefix">Administrative level prefix as written (省, 市, 自治区, 各盟…), or null.</param>
/// <param name="Role">Lead, co-responsible or participating.</param>
/// <param name="Rank">1-based position in the task's department list.</param>
/// <param name="Span">Where the name stands in the source.</param>
public sealed record Responsibility(
    string Name,
    string? Canonical,
    string? CanonicalName,
    string? LevelPrefix,
    ResponsibilityRole Role,
    int Rank,
    SourceSpan Span)
{
    /// <summary>How the lead was decided; set on every <see cref="ResponsibilityRole.Lead"/>, null for other roles.</summary>
    public LeadBasis? LeadBasis { get; init; }

    /// <summary>
    /// Whether the name is a generic phrase that names no particular agency (各相关部门, 各地, 各级政府, 有关单位,
    /// 各成员单位, members of a mechanism). Such a name is never an agency: it has no canonical key, never leads by
    /// convention, and is left out of department-load measures.
    /// </summary>
    public bool IsUnspecified { get; init; }
}
