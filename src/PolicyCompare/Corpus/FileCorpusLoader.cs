using PolicyCompare.Documents;
using PolicyCompare.Parsing;

namespace PolicyCompare.Corpus;

/// <summary>
/// Loads plans from files and folders. A folder with a <c>corpus.json</c> manifest holds the documents it lists, with
/// their metadata; a folder without one holds every <c>.txt</c>, <c>.html</c>, <c>.htm</c> and <c>.md</c> file in it, with
/// region, level, year and title inferred from the text (and a notice saying so). A single file takes its metadata from
/// a manifest next to it when one lists it. Documents are ordered by year, then id.
/// </summary>
public sealed class FileCorpusLoader : ICorpusLoader
{
    /// <summary>File extensions read as plans.</summary>
    public static readonly IReadOnlyList<string> PlanExtensions = [".txt", ".html", ".htm", ".md"];

    private readonly IPlanParser _parser;

    /// <summary>Creates the loader.</summary>
    /// <param name="parser">Parses each plan.</param>
    public FileCorpusLoader(IPlanParser parser) => _parser = parser ?? throw new ArgumentNullException(nameof(parser));

    /// <inheritdoc />
    public PolicyCorpus Load(IReadOnlyList<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (paths.Count == 0)
        {
            throw new PolicyCompareException("No input: give one or more plan files or corpus folders.");
        }

        var documents = new List<PolicyDocument>();
        var notices = new List<string>();
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Directory.Exists(path))
            {
                LoadFolder(path, documents, notices, cancellationToken);
            }
            else if (File.Exists(path))
            {
                if (Path.GetFileName(path).Equals(CorpusManifest.FileName, StringComparison.OrdinalIgnoreCase))
                {
                    LoadFolder(Path.GetDirectoryName(Path.GetFullPath(path))!, documents, notices, cancellationToken);
                }
                else
                {
                    documents.Add(LoadFile(path, notices));
                }
            }
            else
            {
                throw new PolicyCompareException($"{path}: no such file or folder.");
            }
        }

        var duplicate = documents.GroupBy(d => d.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new PolicyCompareException($"The document id \"{duplicate.Key}\" occurs more than once; ids must be unique (they are file stems or manifest ids).");
        }

        var ordered = documents
            .OrderBy(d => d.Metadata.Year ?? int.MaxValue)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        return new PolicyCorpus(ordered) { Notices = notices };
    }

    private void LoadFolder(string folder, List<PolicyDocument> documents, List<string> notices, CancellationToken cancellationToken)
    {
        var manifestPath = Path.Combine(folder, CorpusManifest.FileName);
        var planFiles = Directory.EnumerateFiles(folder)
            .Where(f => PlanExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        if (File.Exists(manifestPath))
        {
            var manifest = CorpusManifest.Load(manifestPath);
            foreach (var entry in manifest.Documents)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var file = Path.Combine(folder, entry.File!);
                if (!File.Exists(file))
                {
                    throw new PolicyCompareException($"{manifestPath}: document \"{entry.Id}\" names \"{entry.File}\", which does not exist.");
                }

                documents.Add(Read(file, entry, notices));
            }

            var listed = manifest.Documents.Select(d => Path.GetFullPath(Path.Combine(folder, d.File!))).ToHashSet(StringComparer.Ordinal);
            var unlisted = planFiles.Where(f => !listed.Contains(Path.GetFullPath(f))).Select(Path.GetFileName).ToList();
            if (unlisted.Count > 0)
            {
                notices.Add($"{manifestPath}: not listed in the manifest, so not loaded: {string.Join(", ", unlisted)}.");
            }

            return;
        }

        if (planFiles.Count == 0)
        {
            throw new PolicyCompareException($"{folder}: no plans found (expected .txt, .html, .htm or .md files, or a {CorpusManifest.FileName} manifest).");
        }

        foreach (var file in planFiles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            documents.Add(Read(file, new DocumentMetadata(Path.GetFileNameWithoutExtension(file)) { File = Path.GetFileName(file) }, notices));
        }
    }

    private PolicyDocument LoadFile(string path, List<string> notices)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var manifestPath = Path.Combine(folder, CorpusManifest.FileName);
        if (File.Exists(manifestPath))
        {
            var full = Path.GetFullPath(path);
            var entry = CorpusManifest.Load(manifestPath).Documents
                .FirstOrDefault(d => string.Equals(Path.GetFullPath(Path.Combine(folder, d.File!)), full, StringComparison.Ordinal));
            if (entry is not null)
            {
                return Read(path, entry, notices);
            }
        }

        return Read(path, new DocumentMetadata(Path.GetFileNameWithoutExtension(path)) { File = Path.GetFileName(path) }, notices);
    }

    private PolicyDocument Read(string path, DocumentMetadata metadata, List<string> notices)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException ex)
        {
            throw new PolicyParseException(path, $"cannot read the file: {ex.Message}", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new PolicyParseException(path, $"cannot read the file: {ex.Message}", ex);
        }

        var decoded = PlanTextDecoder.Decode(bytes, path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var text = extension is ".html" or ".htm" ? HtmlTextExtractor.Extract(decoded.Text) : decoded.Text;
        PolicyDocument document;
        try
        {
            document = _parser.Parse(text, metadata);
        }
        catch (PolicyParseException ex) when (ex.FilePath != path)
        {
            throw new PolicyParseException(path, ex.Reason, ex);
        }

        var inferred = document.Metadata.InferredFields;
        if (inferred.Count > 0)
        {
            var m = document.Metadata;
            var values = inferred.Select(f => f switch
            {
                "title" => $"title {m.Title}",
                "region" => $"region {m.Region}",
                "regionEn" => $"regionEn {m.RegionEn}",
                "level" => $"level {m.Level}",
                "year" => $"year {m.Year}",
                _ => f,
            });
            var missing = new[] { ("region", m.Region), ("level", m.Level), ("title", m.Title) }.Where(x => x.Item2 is null).Select(x => x.Item1).ToList();
            if (m.Year is null)
            {
                missing.Add("year");
            }

            notices.Add($"{document.Id}: inferred from the text: {string.Join(", ", values)}"
                + (missing.Count > 0 ? $"; not found: {string.Join(", ", missing)}" : "") + ".");
        }

        return document with { SourceEncoding = decoded.EncodingName };
    }
}
