using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicyCompare.Parsing.Responsibilities;

/// <summary>
/// The data table that maps department names to canonical agencies across administrative levels and eras
/// (省卫生健康委 = 市卫健委 = 自治区卫生计生委 → health-commission). Users extend it with a JSON file of the same format
/// as the embedded <c>agencies.json</c> (<see cref="Load"/>) or in code (<see cref="With(IEnumerable{AgencyEntry})"/>).
/// </summary>
public sealed class AgencyTable
{
    private static readonly Lazy<AgencyTable> DefaultTable = new(LoadEmbedded);

    private static readonly JsonSerializerOptions ReadOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly (string Alias, AgencyEntry Agency)[] _aliases;

    /// <summary>Creates a table from entries; a later entry with the same key replaces an earlier one.</summary>
    /// <param name="agencies">The entries.</param>
    /// <exception cref="PolicyCompareException">An entry has no key, no name or no alias.</exception>
    public AgencyTable(IEnumerable<AgencyEntry> agencies)
    {
        ArgumentNullException.ThrowIfNull(agencies);
        var byKey = new Dictionary<string, AgencyEntry>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var agency in agencies)
        {
            if (string.IsNullOrWhiteSpace(agency.Key) || string.IsNullOrWhiteSpace(agency.Name) || agency.Aliases is not { Count: > 0 })
            {
                throw new PolicyCompareException($"Agency table entry '{agency.Key}' needs a key, a name and at least one alias.");
            }

            if (!byKey.ContainsKey(agency.Key))
            {
                order.Add(agency.Key);
            }

            byKey[agency.Key] = agency;
        }

        Agencies = order.Select(k => byKey[k]).ToArray();
        _aliases = Agencies
            .SelectMany(a => a.Aliases.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => (Alias: s.Trim(), Agency: a)))
            .OrderByDescending(x => x.Alias.Length)
            .ThenBy(x => x.Alias, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The built-in table (embedded <c>agencies.json</c>).</summary>
    public static AgencyTable Default => DefaultTable.Value;

    /// <summary>The entries, in table order.</summary>
    public IReadOnlyList<AgencyEntry> Agencies { get; }

    /// <summary>Reads a table from a JSON file: <c>{"agencies":[{"key","name","aliases":[…],"inheritsLevel"}]}</c>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>A table holding only the file's entries; combine with <c>AgencyTable.Default.With(table.Agencies)</c>.</returns>
    /// <exception cref="PolicyCompareException">The file is missing or malformed.</exception>
    public static AgencyTable Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new PolicyCompareException($"{path}: agency table not found.");
        }

        try
        {
            using var stream = File.OpenRead(path);
            return Read(stream, path);
        }
        catch (IOException ex)
        {
            throw new PolicyCompareException($"{path}: cannot read the agency table: {ex.Message}", ex);
        }
    }

    /// <summary>A new table with <paramref name="agencies"/> added; entries with an existing key replace it.</summary>
    /// <param name="agencies">Entries to add.</param>
    /// <returns>The extended table.</returns>
    public AgencyTable With(IEnumerable<AgencyEntry> agencies) => new(Agencies.Concat(agencies));

    /// <summary>A new table with one more entry (or a replaced one).</summary>
    /// <param name="key">Canonical key.</param>
    /// <param name="name">Display name.</param>
    /// <param name="aliases">Names that denote it.</param>
    /// <returns>The extended table.</returns>
    public AgencyTable With(string key, string name, params string[] aliases) => With([new AgencyEntry(key, name, aliases)]);

    /// <summary>
    /// Finds the agency a department name denotes. Chinese names put the head noun last, so the alias that ends last
    /// in the name wins (市政府外办 is the foreign-affairs office, not a government), then the longest.
    /// </summary>
    /// <param name="name">A department name, e.g. 自治区卫生计生委.</param>
    /// <returns>The match, or null when no alias occurs in the name.</returns>
    public AgencyMatch? Match(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        AgencyMatch? best = null;
        var bestEnd = -1;
        foreach (var (alias, agency) in _aliases)
        {
            var index = name.LastIndexOf(alias, StringComparison.Ordinal);
            if (index < 0)
            {
                continue;
            }

            var end = index + alias.Length;
            if (end > bestEnd || (end == bestEnd && best is not null && alias.Length > best.Alias.Length))
            {
                best = new AgencyMatch(agency, alias, index);
                bestEnd = end;
            }
        }

        return best;
    }

    private static AgencyTable LoadEmbedded()
    {
        var assembly = typeof(AgencyTable).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("agencies.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException("The embedded agency table is missing.");
        return Read(stream, resource);
    }

    private static AgencyTable Read(Stream stream, string origin)
    {
        try
        {
            var file = JsonSerializer.Deserialize<AgencyTableFile>(stream, ReadOptions)
                ?? throw new PolicyCompareException($"{origin}: the agency table is empty.");
            return new AgencyTable((file.Agencies ?? []).Select(a => new AgencyEntry(a.Key ?? "", a.Name ?? "", a.Aliases ?? [], a.InheritsLevel ?? true)));
        }
        catch (JsonException ex)
        {
            throw new PolicyCompareException($"{origin}: malformed agency table: {ex.Message}", ex);
        }
    }

    private sealed class AgencyTableFile
    {
        [JsonPropertyName("agencies")]
        public List<AgencyFileEntry>? Agencies { get; set; }
    }

    private sealed class AgencyFileEntry
    {
        public string? Key { get; set; }

        public string? Name { get; set; }

        public List<string>? Aliases { get; set; }

        public bool? InheritsLevel { get; set; }
    }
}
