using System.Text.RegularExpressions;
using PolicyCompare.Text;

namespace PolicyCompare.Parsing.Responsibilities;

/// <summary>
/// Finds a plan's own statement that the first listed department leads: 排在第一位的部门为牵头部门, 列第一位的为牵头单位,
/// 排名第一的为牵头单位, 第一个单位为牵头单位 (in simplified or traditional characters).
/// </summary>
internal static partial class LeadRule
{
    [GeneratedRegex(@"(?:(?:排|列)在?(?:第一位|首位|第一|最前)|排名(?:第一|首位)|第一个|首个)(?:的|者)?(?:部门|单位)?(?:为|是)(?:牵头|主责)(?:部门|单位)?")]
    private static partial Regex RulePattern();

    /// <summary>Whether the text states the rule.</summary>
    /// <param name="sourceText">The plan's source text.</param>
    /// <returns><see langword="true"/> when the plan says its first listed department leads.</returns>
    public static bool IsStated(string sourceText)
    {
        ArgumentNullException.ThrowIfNull(sourceText);
        return RulePattern().IsMatch(ChineseCharacterFolding.Fold(sourceText));
    }
}
