using PolicyCompare.Documents;

namespace PolicyCompare.Parsing.Responsibilities;

/// <summary>The role words that end a department list (牵头, 负责, 按职责分工负责, 参与, 配合…).</summary>
internal static class ResponsibilityRoles
{
    /// <summary>Role phrases, longest first, with the role they give.</summary>
    private static readonly (string Phrase, ResponsibilityRole Role, bool Explicit)[] Phrases =
    [
        ("按职责分工负责", ResponsibilityRole.Co, false),
        ("按职能分工负责", ResponsibilityRole.Co, false),
        ("按职责分工办理", ResponsibilityRole.Co, false),
        ("按职责分工落实", ResponsibilityRole.Co, false),
        ("按职责分别负责", ResponsibilityRole.Co, false),
        ("依职责分工负责", ResponsibilityRole.Co, false),
        ("按职责负责", ResponsibilityRole.Co, false),
        ("牵头负责", ResponsibilityRole.Lead, true),
        ("分别负责", ResponsibilityRole.Co, false),
        ("共同负责", ResponsibilityRole.Co, false),
        ("具体负责", ResponsibilityRole.Co, false),
        ("负责落实", ResponsibilityRole.Co, false),
        ("配合落实", ResponsibilityRole.Participate, true),
        ("参与配合", ResponsibilityRole.Participate, true),
        ("负责", ResponsibilityRole.Co, false),
        ("办理", ResponsibilityRole.Co, false),
        ("牵头", ResponsibilityRole.Lead, true),
        ("参与", ResponsibilityRole.Participate, true),
        ("参加", ResponsibilityRole.Participate, true),
        ("配合", ResponsibilityRole.Participate, true),
        ("协助", ResponsibilityRole.Participate, true),
    ];

    /// <summary>Labels that open a department list (牵头单位：…；配合单位：…), with the role they give.</summary>
    private static readonly (string Label, ResponsibilityRole Role)[] Labels =
    [
        ("牵头单位", ResponsibilityRole.Lead), ("牵头部门", ResponsibilityRole.Lead), ("主责单位", ResponsibilityRole.Lead),
        ("责任单位", ResponsibilityRole.Co), ("责任部门", ResponsibilityRole.Co), ("负责单位", ResponsibilityRole.Co), ("实施单位", ResponsibilityRole.Co),
        ("配合单位", ResponsibilityRole.Participate), ("配合部门", ResponsibilityRole.Participate), ("参与单位", ResponsibilityRole.Participate),
        ("协办单位", ResponsibilityRole.Participate), ("协同单位", ResponsibilityRole.Participate),
    ];

    /// <summary>Finds a label such as 牵头单位： that opens <paramref name="clause"/>.</summary>
    /// <param name="clause">A clause of a department statement.</param>
    /// <param name="labelLength">Length of the label and its colon.</param>
    /// <param name="role">The role it gives.</param>
    /// <returns>Whether the clause starts with a label.</returns>
    public static bool TryMatchLabel(ReadOnlySpan<char> clause, out int labelLength, out ResponsibilityRole role)
    {
        foreach (var (label, r) in Labels)
        {
            if (clause.StartsWith(label, StringComparison.Ordinal) && clause.Length > label.Length + 1 && clause[label.Length] is ':' or '：')
            {
                labelLength = label.Length + 1;
                role = r;
                return true;
            }
        }

        labelLength = 0;
        role = ResponsibilityRole.Co;
        return false;
    }

    /// <summary>Finds the role phrase that ends <paramref name="chunk"/>.</summary>
    /// <param name="chunk">A comma-separated part of a department statement.</param>
    /// <param name="phraseLength">Length of the phrase found.</param>
    /// <param name="role">The role it gives.</param>
    /// <returns>Whether the chunk ends with a role phrase.</returns>
    public static bool TryMatchSuffix(ReadOnlySpan<char> chunk, out int phraseLength, out ResponsibilityRole role)
    {
        foreach (var (phrase, r, _) in Phrases)
        {
            if (chunk.EndsWith(phrase, StringComparison.Ordinal))
            {
                phraseLength = phrase.Length;
                role = r;
                return true;
            }
        }

        phraseLength = 0;
        role = ResponsibilityRole.Co;
        return false;
    }
}
