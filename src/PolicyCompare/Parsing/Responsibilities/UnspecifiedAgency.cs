using System.Text.RegularExpressions;

namespace PolicyCompare.Parsing.Responsibilities;

/// <summary>
/// Recognises department names that name no particular agency: 各相关部门, 有关单位, 省直有关部门, 市政府各部门,
/// 各有关部门和单位, 各地, 各级政府, 各级人民政府, 各成员单位 and the members of any group or mechanism other than the health-reform leading group
/// (…联动机制成员单位). The leading group's own members (医改领导小组成员单位) are a named set and stay an agency entry.
/// </summary>
internal static partial class UnspecifiedAgency
{
    [GeneratedRegex(@"^(?:(?:自治区|自治州|自治县|省|市|县|区|州|盟|旗)(?:直|级|政府|人民政府)?)?各?(?:相关|有关|其他|其它|其余|各)?(?:部门|单位|方面)(?:(?:和|及|与)(?:部门|单位))?$|^各地(?:区|方)?$|^(?:地方)?各级(?:各类)?(?:政府|人民政府|党委政府|党委和政府|各部门|部门)?$|^各?(?:相关|有关)?成员单位$")]
    private static partial Regex GenericPattern();

    /// <summary>Whether a department name is generic.</summary>
    /// <param name="name">The name as written (folded).</param>
    /// <returns><see langword="true"/> when it names no particular agency.</returns>
    public static bool IsGeneric(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return GenericPattern().IsMatch(name) || name.EndsWith("成员单位", StringComparison.Ordinal)
            && !name.Contains("医改领导小组", StringComparison.Ordinal)
            && !name.Contains("医药卫生体制改革领导小组", StringComparison.Ordinal);
    }
}
