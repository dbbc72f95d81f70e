using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyCompare.Documents;

namespace PolicyCompare.Corpus;

/// <summary>What the loader does with plan files in a manifest's folder that the manifest does not list.</summary>
public enum UnlistedFiles
{
    /// <summary>Load them with metadata inferred from their text, and say so in a notice (the default: nothing is dropped silently).</summary>
    Load,

    /// <summary>Leave them out, and name them in a notice (manifest: <c>"unlistedFiles": "ignore"</c>).</summary>
    Ignore,
}

/// <summary>
/// The <c>corpus.json</c> manifest of a corpus folder:
/// <c>{"unlistedFiles":"load|ignore","documents":[{"id","file","region","regionEn","level","year","title","issuer","docNumber", …}]}</c>.
/// Every <c>file</c> is relative to the manifest's folder and must stay inside it; no two entries may name the same file
/// or share an id. Any other field of an entry is a custom document variable (<see cref="DocumentMetadata.Variables"/>):
/// a string, a number, true/false or null, of one kind across the documents that state it.
/// </summary>
/// <param name="Documents">One entry per plan, in file order.</param>
public sealed record CorpusManifest(IReadOnlyList<DocumentMetadata> Documents)
{
    /// <summary>What to do with plan files in the folder that no entry names.</summary>
    /// <value>The default value is <see cref="UnlistedFiles.Load"/>.</value>
    public UnlistedFiles UnlistedFiles { get; init; } = UnlistedFiles.Load;

    /// <summary>The manifest's file name.</summary>
    public const string FileName = "corpus.json";

    private static readonly JsonSerializerOptions ReadOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads a manifest file.</summary>
    /// <param name="path">Path of <c>corpus.json</c>.</param>
    /// <returns>The manifest.</returns>
    /// <exception cref="PolicyCompareException">
    /// The file is malformed; an entry lacks an id or a file; a file leaves the manifest's folder (<c>../x</c>, an
    /// absolute path); two entries name the same file or share an id; <c>unlistedFiles</c> is neither <c>load</c> nor <c>ignore</c>.
    /// </exception>
    public static CorpusManifest Load(string path)
    {
        ManifestFile? file;
        try
        {
            file = JsonSerializer.Deserialize<ManifestFile>(File.ReadAllBytes(path), ReadOptions);
        }
        catch (JsonException ex)
        {
            throw new PolicyCompareException($"{path}: malformed corpus manifest: {ex.Message}", ex);
        }
        catch (IOException ex)
        {
            throw new PolicyCompareException($"{path}: cannot read the corpus manifest: {ex.Message}", ex);
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var documents = new List<DocumentMetadata>();
        var files = new Dictionary<string, string>(OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
        foreach (var (entry, index) in (file?.Documents ?? []).Select((e, i) => (e, i)))
        {
            if (string.IsNullOrWhiteSpace(entry.Id) || string.IsNullOrWhiteSpace(entry.File))
            {
                throw new PolicyCompareException($"{path}: document #{index + 1} needs an \"id\" and a \"file\".");
            }

            var full = Path.GetFullPath(Path.Combine(folder, entry.File));
            if (Path.IsPathRooted(entry.File) || !full.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new PolicyCompareException($"{path}: document \"{entry.Id}\" names \"{entry.File}\", which is outside the corpus folder; a manifest may only name files inside its own folder.");
            }

            if (files.TryGetValue(full, out var first))
            {
                throw new PolicyCompareException($"{path}: documents \"{first}\" and \"{entry.Id}\" both name the file \"{entry.File}\"; each file may be listed once.");
            }

            files.Add(full, entry.Id);

            documents.Add(new DocumentMetadata(entry.Id, entry.Region, entry.RegionEn, entry.Level, entry.Year, entry.Title, entry.Issuer, entry.DocNumber)
            {
                File = entry.File,
                Variables = Variables(path, entry),
            });
        }

        CheckVariableKinds(path, documents);

        var duplicate = documents.GroupBy(d => d.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new PolicyCompareException($"{path}: the id \"{duplicate.Key}\" is listed more than once.");
        }

        var unlisted = file?.UnlistedFiles?.Trim().ToLowerInvariant() switch
        {
            null or "" or "load" => UnlistedFiles.Load,
            "ignore" => UnlistedFiles.Ignore,
            var other => throw new PolicyCompareException($"{path}: \"unlistedFiles\" must be \"load\" or \"ignore\", not \"{other}\"."),
        };
        return new CorpusManifest(documents) { UnlistedFiles = unlisted };
    }

    private const string InvalidNameCharacters = "/\\:*?\"<>|";

    private static Dictionary<string, object?> Variables(string path, ManifestEntry entry)
    {
        var variables = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in entry.Extra ?? [])
        {
            // A variable names table columns and the files of its grouped tables (coverage-by-<name>.csv).
            if (string.IsNullOrWhiteSpace(name) || name.Any(c => char.IsControl(c) || InvalidNameCharacters.Contains(c)))
            {
                throw new PolicyCompareException(
                    $"{path}: document \"{entry.Id}\": the variable name \"{name}\" is empty or holds a character a file name cannot (/ \\ : * ? \" < > |).");
            }

            variables[name] = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetDouble(),
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.Null => null,
                _ => throw new PolicyCompareException(
                    $"{path}: document \"{entry.Id}\": the variable \"{name}\" must be a string, a number, true/false or null, not {value.ValueKind.ToString().ToLowerInvariant()}."),
            };
        }

        return variables;
    }

    /// <summary>A variable is one column, so it must hold one kind of value (text, number or true/false) in every document.</summary>
    private static void CheckVariableKinds(string path, IReadOnlyList<DocumentMetadata> documents)
    {
        var first = new Dictionary<string, (string Document, Type Kind)>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var (name, value) in document.Variables)
            {
                if (value is null)
                {
                    continue;
                }

                if (!first.TryGetValue(name, out var seen))
                {
                    first[name] = (document.Id, value.GetType());
                }
                else if (seen.Kind != value.GetType())
                {
                    throw new PolicyCompareException(
                        $"{path}: the variable \"{name}\" is {Kind(seen.Kind)} in document \"{seen.Document}\" but {Kind(value.GetType())} in document \"{document.Id}\".");
                }
            }
        }

        static string Kind(Type type) => type == typeof(string) ? "text" : type == typeof(double) ? "a number" : "true/false";
    }

    private sealed class ManifestFile
    {
        [JsonPropertyName("documents")]
        public List<ManifestEntry>? Documents { get; set; }

        [JsonPropertyName("unlistedFiles")]
        public string? UnlistedFiles { get; set; }
    }

    private sealed class ManifestEntry
    {
        public string? Id { get; set; }

        public string? File { get; set; }

        public string? Region { get; set; }

        public string? RegionEn { get; set; }

        public string? Level { get; set; }

        public int? Year { get; set; }

        public string? Title { get; set; }

        public string? Issuer { get; set; }

        public string? DocNumber { get; set; }

        /// <summary>Every other field: the document's custom variables.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? Extra { get; set; }
    }
}
