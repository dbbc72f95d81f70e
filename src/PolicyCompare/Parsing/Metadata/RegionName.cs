namespace PolicyCompare.Parsing.Metadata;

/// <summary>A region named in a title: its Chinese name, English name when known, and administrative level.</summary>
/// <param name="Name">Chinese name (吉林省, 成都市).</param>
/// <param name="NameEn">English name for provincial-level regions, else null.</param>
/// <param name="Level">province, autonomous-region, municipality, city, county or national.</param>
internal sealed record RegionName(string Name, string? NameEn, string Level);
