namespace PolicyCompare.Parsing.Responsibilities;

/// <summary>One canonical agency with the names it goes by across levels and eras.</summary>
/// <param name="Key">Stable key (e.g. <c>health-commission</c>).</param>
/// <param name="Name">Display name in Chinese (e.g. 卫生健康委).</param>
/// <param name="Aliases">Names that denote the agency, without level prefix (卫健委, 卫生计生委, 卫生和计划生育委员会…).</param>
/// <param name="InheritsLevel">
/// Whether a name without level prefix takes the prefix of the name before it (自治区卫生计生委、财政厅 → 自治区财政厅).
/// False for lower-level governments, which name their own level.
/// </param>
public sealed record AgencyEntry(string Key, string Name, IReadOnlyList<string> Aliases, bool InheritsLevel = true);
