using PolicyCompare.Documents;

namespace PolicyCompare.Parsing.Layout;

/// <summary>
/// Decides a unit's <see cref="UnitKind"/> from its own title, else from its enclosing sections' titles (nearest
/// first): framing headings (总体要求, 指导思想, 基本原则, 总体目标, 工作目标…) make goal or principle units, which are not
/// policy tasks; 保障措施 / 组织实施 headings make safeguard units, which are.
/// </summary>
internal static class UnitKinds
{
    private static readonly (string Word, UnitKind Kind)[] Words =
    [
        ("总体要求", UnitKind.Principle), ("指导思想", UnitKind.Principle), ("基本原则", UnitKind.Principle), ("工作原则", UnitKind.Principle),
        ("总体思路", UnitKind.Principle), ("基本思路", UnitKind.Principle),
        ("总体目标", UnitKind.Goal), ("工作目标", UnitKind.Goal), ("主要目标", UnitKind.Goal), ("发展目标", UnitKind.Goal), ("具体目标", UnitKind.Goal),
        ("保障措施", UnitKind.Safeguard), ("组织实施", UnitKind.Safeguard), ("组织保障", UnitKind.Safeguard), ("实施保障", UnitKind.Safeguard),
        ("工作保障", UnitKind.Safeguard),
    ];

    /// <summary>The kind of a unit.</summary>
    /// <param name="title">The unit's own title.</param>
    /// <param name="sectionPath">Titles of its enclosing sections, outermost first.</param>
    /// <returns>The kind; <see cref="UnitKind.Task"/> when no framing or safeguard heading applies.</returns>
    public static UnitKind Of(string title, IReadOnlyList<string> sectionPath)
    {
        // The own title counts only when it is a heading word itself (指导思想, 工作目标), not a task that mentions one.
        if (OfHeading(title, ownTitle: true) is { } own)
        {
            return own;
        }

        for (var i = sectionPath.Count - 1; i >= 0; i--)
        {
            if (OfHeading(sectionPath[i], ownTitle: false) is { } kind)
            {
                return kind;
            }
        }

        return UnitKind.Task;
    }

    private static UnitKind? OfHeading(string title, bool ownTitle)
    {
        foreach (var (word, kind) in Words)
        {
            if (ownTitle ? title.StartsWith(word, StringComparison.Ordinal) && title.Length <= word.Length + 4 : title.Contains(word, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return null;
    }
}
