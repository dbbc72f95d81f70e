using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicyCompare.Metrics.TargetDrift;

/// <summary>
/// The words target alignment relies on: metric aliases, population qualifiers, generic measure words, and words
/// stripped around a metric phrase. Built in as <c>metric-lexicon.json</c>; users add entries with a file of the same shape.
/// </summary>
public sealed class MetricLexicon
{
    private const string ResourceName = "PolicyCompare.Metrics.TargetDrift.metric-lexicon.json";

    private readonly Dictionary<string, string> _canonicalByPhrase;

    private MetricLexicon(Dictionary<string, string> canonicalByPhrase, IReadOnlyDictionary<string, string> populations, IReadOnlySet<string> generic, IReadOnlyList<string> leading, IReadOnlyList<string> trailing)
    {
        _canonicalByPhrase = canonicalByPhrase;
        Populations = populations;
        GenericMeasures = generic;
        // Longest first so that 达到或超过 is stripped before 达到.
        LeadingWords = leading.Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).ToArray();
        TrailingWords = trailing.Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).ToArray();
        PopulationQualifiers = populations.Keys.OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).ToArray();
        CanonicalNames = canonicalByPhrase.Values.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Population qualifier as written → population label (全体 for the whole population).</summary>
    public IReadOnlyDictionary<string, string> Populations { get; }

    /// <summary>Qualifiers, longest first.</summary>
    public IReadOnlyList<string> PopulationQualifiers { get; }

    /// <summary>Words too generic to name a metric alone.</summary>
    public IReadOnlySet<string> GenericMeasures { get; }

    /// <summary>Words stripped from the start of a phrase, longest first.</summary>
    public IReadOnlyList<string> LeadingWords { get; }

    /// <summary>Comparator and verb words stripped from the end of a phrase, longest first.</summary>
    public IReadOnlyList<string> TrailingWords { get; }

    /// <summary>The canonical names of the alias table (curated metrics; two of them are never merged).</summary>
    public IReadOnlySet<string> CanonicalNames { get; }

    /// <summary>The canonical name of a phrase, or the phrase itself when the alias table does not list it.</summary>
    /// <param name="phrase">A cleaned metric phrase.</param>
    /// <returns>The canonical name.</returns>
    public string Canonicalize(string phrase) => _canonicalByPhrase.GetValueOrDefault(phrase, phrase);

    /// <summary>The built-in lexicon, extended by a user file when one is given.</summary>
    /// <param name="extensionPath">Path of a JSON file of the same shape, or null.</param>
    /// <returns>The lexicon.</returns>
    /// <exception cref="PolicyCompareException">The file is missing or malformed, or a phrase is mapped to two canonical names.</exception>
    public static MetricLexicon Load(string? extensionPath = null)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new PolicyCompareException($"Embedded resource {ResourceName} is missing from the PolicyCompare assembly.");
        var files = new List<(string Source, LexiconFile File)> { ("built-in metric-lexicon.json", Read(stream, "built-in metric-lexicon.json")) };
        if (extensionPath is not null)
        {
            if (!File.Exists(extensionPath))
            {
                throw new PolicyCompareException($"{extensionPath}: metric lexicon file not found.");
            }

            using var user = File.OpenRead(extensionPath);
            files.Add((extensionPath, Read(user, extensionPath)));
        }

        return Merge(files);
    }

    /// <summary>Builds a lexicon from JSON text in the lexicon file shape (used for user files and tests).</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">Name of the source, for error messages.</param>
    /// <returns>The lexicon holding only these entries.</returns>
    /// <exception cref="PolicyCompareException">The JSON is malformed or a phrase is mapped to two canonical names.</exception>
    public static MetricLexicon Parse(string json, string source)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return Merge([(source, Read(stream, source))]);
    }

    private static LexiconFile Read(Stream stream, string source)
    {
        try
        {
            return JsonSerializer.Deserialize<LexiconFile>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip })
                ?? throw new PolicyCompareException($"{source}: the metric lexicon is empty.");
        }
        catch (JsonException e)
        {
            throw new PolicyCompareException($"{source}: the metric lexicon is not valid JSON of the expected shape ({e.Message}).", e);
        }
    }

    private static MetricLexicon Merge(IEnumerable<(string Source, LexiconFile File)> files)
    {
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        var populations = new Dictionary<string, string>(StringComparer.Ordinal);
        var generic = new HashSet<string>(StringComparer.Ordinal);
        var leading = new List<string>();
        var trailing = new List<string>();
        foreach (var (source, file) in files)
        {
            foreach (var (name, aliases) in file.Metrics ?? [])
            {
                foreach (var phrase in aliases.Prepend(name))
                {
                    if (string.IsNullOrWhiteSpace(phrase))
                    {
                        throw new PolicyCompareException($"{source}: metric '{name}' has an empty alias.");
                    }

                    if (canonical.TryGetValue(phrase, out var existing) && existing != name)
                    {
                        throw new PolicyCompareException($"{source}: '{phrase}' is mapped to both '{existing}' and '{name}'.");
                    }

                    canonical[phrase] = name;
                }
            }

            foreach (var (qualifier, label) in file.Populations ?? [])
            {
                populations[qualifier] = label;
            }

            generic.UnionWith(file.GenericMeasures ?? []);
            leading.AddRange(file.LeadingWords ?? []);
            trailing.AddRange(file.TrailingWords ?? []);
        }

        return new MetricLexicon(canonical, populations, generic, leading, trailing);
    }

    private sealed class LexiconFile
    {
        [JsonPropertyName("metrics")]
        public Dictionary<string, List<string>>? Metrics { get; set; }

        [JsonPropertyName("populations")]
        public Dictionary<string, string>? Populations { get; set; }

        [JsonPropertyName("genericMeasures")]
        public List<string>? GenericMeasures { get; set; }

        [JsonPropertyName("leadingWords")]
        public List<string>? LeadingWords { get; set; }

        [JsonPropertyName("trailingWords")]
        public List<string>? TrailingWords { get; set; }
    }
}
