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

/// <summary>A department named as responsible for a task.</summary>
/// <param name="Name">The name as written, with level prefix and without 等.</param>
/// <param name="Canonical">Canonical agency key (e.g. <c>health-commission</c>), or null when no alias matches.</param>
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
    SourceSpan Span);
