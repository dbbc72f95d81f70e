using System.Text.Json;
using System.Text.RegularExpressions;

namespace PolicyCompare.Alignment;

/// <summary>A user-editable list of topics that tasks are assigned to in codebook mode.</summary>
/// <param name="Name">The codebook's name.</param>
/// <param name="Entries">The topics, in the order given.</param>
/// <remarks>
/// JSON format: <c>{ "name": "...", "entries": [ { "key", "name", "englishName", "description", "keywords": [...] } ] }</c>.
/// The default codebook (<see cref="Default"/>) covers the recurring themes of Chinese health-reform plans; print it with
/// <see cref="DefaultJson"/>, copy and edit it.
/// </remarks>
public sealed partial record TopicCodebook(string Name, IReadOnlyList<CodebookEntry> Entries)
{
    private const string DefaultResource = "PolicyCompare.Alignment.Codebooks.health-reform.codebook.json";

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private static readonly Lazy<TopicCodebook> DefaultCodebook = new(() => Parse(DefaultJson, "the built-in health-reform codebook"));

    /// <summary>The built-in codebook of Chinese health-reform themes.</summary>
    public static TopicCodebook Default => DefaultCodebook.Value;

    /// <summary>The JSON text of the built-in codebook, to copy and edit.</summary>
    public static string DefaultJson
    {
        get
        {
            using var stream = typeof(TopicCodebook).Assembly.GetManifestResourceStream(DefaultResource)
                ?? throw new PolicyCompareException("The PolicyCompare assembly lacks its built-in codebook.");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    /// <summary>Reads a codebook from a JSON file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The codebook.</returns>
    /// <exception cref="CodebookException">The file is missing or not a valid codebook.</exception>
    public static TopicCodebook Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new CodebookException(path, "file not found.");
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses codebook JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">Where the text came from, for error messages.</param>
    /// <returns>The codebook.</returns>
    /// <exception cref="CodebookException">The JSON is malformed or an entry is incomplete, duplicated or badly keyed.</exception>
    public static TopicCodebook Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        CodebookDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<CodebookDocument>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new CodebookException(source, $"not valid JSON ({e.Message}).", e);
        }

        if (document?.Entries is not { Count: > 0 } entries)
        {
            throw new CodebookException(source, "it has no \"entries\".");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<CodebookEntry>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var where = $"entry {i + 1}";
            if (string.IsNullOrWhiteSpace(e.Key) || !KeyPattern().IsMatch(e.Key))
            {
                throw new CodebookException(source, $"{where}: \"key\" must be snake_case (a-z, 0-9, _), found '{e.Key}'.");
            }

            if (!seen.Add(e.Key))
            {
                throw new CodebookException(source, $"{where}: key '{e.Key}' appears twice.");
            }

            if (string.IsNullOrWhiteSpace(e.Name))
            {
                throw new CodebookException(source, $"{where} ('{e.Key}'): \"name\" is missing.");
            }

            var keywords = (e.Keywords ?? []).Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k.Trim()).ToArray();
            if (keywords.Length == 0 && string.IsNullOrWhiteSpace(e.Description))
            {
                throw new CodebookException(source, $"{where} ('{e.Key}'): give a \"description\" or \"keywords\".");
            }

            result.Add(new CodebookEntry(e.Key, e.Name.Trim(), e.EnglishName?.Trim() ?? e.Key, e.Description?.Trim() ?? string.Empty, keywords));
        }

        return new TopicCodebook(document.Name ?? Path.GetFileNameWithoutExtension(source), result);
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex KeyPattern();

    private sealed record CodebookDocument(string? Name, List<CodebookEntryDocument>? Entries);

    private sealed record CodebookEntryDocument(string? Key, string? Name, string? EnglishName, string? Description, List<string>? Keywords);
}
