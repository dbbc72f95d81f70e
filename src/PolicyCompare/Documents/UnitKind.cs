namespace PolicyCompare.Documents;

/// <summary>
/// What a numbered unit of a plan is. Policy tasks (<see cref="Task"/> and <see cref="Safeguard"/>) are what plans are
/// compared on; <see cref="Goal"/> and <see cref="Principle"/> units frame the plan and stay out of topics, coverage,
/// department load and drift.
/// </summary>
public enum UnitKind
{
    /// <summary>A policy task (the default).</summary>
    Task,
    /// <summary>A task under 保障措施, 组织实施, 组织保障 or 工作要求: still a policy task (it often names departments), marked so users can filter it.</summary>
    Safeguard,
    /// <summary>A unit under, or titled, 总体目标, 工作目标, 主要目标 or 发展目标: the plan's goals, not a task.</summary>
    Goal,
    /// <summary>A unit under, or titled, 总体要求, 指导思想, 基本原则 or 工作原则: the plan's framing, not a task.</summary>
    Principle,
}
