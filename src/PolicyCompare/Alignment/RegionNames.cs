namespace PolicyCompare.Alignment;

/// <summary>The names a corpus's regions go by: the full name and the short form without its administrative suffix.</summary>
internal static class RegionNames
{
    private static readonly string[] RegionSuffixes = ["维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "省", "市", "县", "区", "州", "盟"];

    /// <summary>The corpus's region names and their short forms (内蒙古自治区 → 内蒙古), longest first.</summary>
    public static IReadOnlyList<string> Of(IEnumerable<string?> regions)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var region in regions.OfType<string>())
        {
            names.Add(region);
            var suffix = RegionSuffixes.FirstOrDefault(x => region.Length > x.Length + 1 && region.EndsWith(x, StringComparison.Ordinal));
            if (suffix is not null)
            {
                names.Add(region[..^suffix.Length]);
            }
        }

        return names.OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).ToArray();
    }
}
