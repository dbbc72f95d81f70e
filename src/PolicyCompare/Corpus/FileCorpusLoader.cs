using Microsoft.Extensions.Options;
using PolicyCompare.Documents;
using PolicyCompare.Parsing;

namespace PolicyCompare.Corpus;

/// <summary>
/// Loads plans from files and folders. A folder with a <c>corpus.json</c> manifest holds the documents it lists, with
/// their metadata, plus the plan files it does not list (loaded with metadata inferred from the text and a notice, or
/// left out with a notice when the manifest says <c>"unlistedFiles": "ignore"</c>); a folder without one holds every
/// <c>.txt</c>, <c>.html</c>, <c>.htm</c> and <c>.md</c> file in it, with region, level, year and title inferred from the
/// text (and a notice saying so). A single file takes its metadata from a manifest next to it when one lists it.
/// A file that cannot be read or parsed (or is larger than <see cref="CorpusOptions.MaxDocumentBytes"/>) is skipped and
/// listed in <see cref="PolicyCorpus.Skipped"/>, so one bad file never sinks a corpus; under
/// <see cref="CorpusOptions.Strict"/> any skip fails the load. Documents are ordered by year, then id.
/// </summary>
/// <remarks>
/// Every path is looked at (folders listed, manifests read) before the first plan is read, so the number of files to
/// read is known up front and reported as the <c>files</c> step of <see cref="WorkProgress"/>; the order of documents,
/// notices, skipped files and sources is the order the paths, manifests and folders give, as if read one by one.
/// </remarks>
public sealed class FileCorpusLoader : ICorpusLoader
{
    /// <summary>File extensions read as plans.</summary>
    public static readonly IReadOnlyList<string> PlanExtensions = [".txt", ".html", ".htm", ".md"];

    private readonly IPlanParser _parser;
    private readonly CorpusOptions _options;
    private readonly IProgress<WorkProgress>? _progress;

    /// <summary>Creates the loader with the default <see cref="CorpusOptions"/>.</summary>
    /// <param name="parser">Parses each plan.</param>
    public FileCorpusLoader(IPlanParser parser)
        : this(parser, Options.Create(new CorpusOptions()))
    {
    }

    /// <summary>Creates the loader.</summary>
    /// <param name="parser">Parses each plan.</param>
    /// <param name="options">Size limit and strictness.</param>
    public FileCorpusLoader(IPlanParser parser, IOptions<CorpusOptions> options)
        : this(parser, options, null)
    {
    }

    /// <summary>Creates the loader, reporting the files read.</summary>
    /// <param name="parser">Parses each plan.</param>
    /// <param name="options">Size limit and strictness.</param>
    /// <param name="progress">
    /// Told the step <c>files</c>: files read (whether loaded or skipped) of the files found, once with 0 before the first
    /// and after each; or null.
    /// </param>
    public FileCorpusLoader(IPlanParser parser, IOptions<CorpusOptions> options, IProgress<WorkProgress>? progress)
    {
        _parser = parser ?? throw new ArgumentNullException(nameof(parser));
        _options = options?.Value ?? throw new ArgumentNullException(nameof(options));
        _progress = progress;
    }

    /// <inheritdoc />
    /// <exception cref="PolicyCompareException">
    /// A path is missing or holds no plans; the manifest is invalid; no plan could be loaded (a single failure is
    /// rethrown as it was); a file was skipped under <see cref="CorpusOptions.Strict"/>, including one whose document id an earlier file already has (without Strict such a file is skipped, naming both files).
    /// </exception>
    public PolicyCorpus Load(IReadOnlyList<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (paths.Count == 0)
        {
            throw new PolicyCompareException("No input: give one or more plan files or corpus folders.");
        }

        var run = new LoadRun(cancellationToken);
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Directory.Exists(path))
            {
                run.Sources.Add(Path.GetFullPath(path));
                LoadFolder(path, run);
            }
            else if (File.Exists(path))
            {
                run.Sources.Add(Path.GetFullPath(path));
                if (Path.GetFileName(path).Equals(CorpusManifest.FileName, StringComparison.OrdinalIgnoreCase))
                {
                    LoadFolder(Path.GetDirectoryName(Path.GetFullPath(path))!, run);
                }
                else
                {
                    LoadFile(path, run);
                }
            }
            else
            {
                throw new PolicyCompareException($"{path}: no such file or folder.");
            }
        }

        run.Execute(_progress, _options.MaxDegreeOfParallelism);

        if (run.Failures.Count > 0 && (run.Documents.Count == 0 || _options.Strict))
        {
            if (run.Failures.Count == 1)
            {
                var failure = run.Failures[0];
                throw failure.Error as PolicyCompareException ?? new PolicyParseException(failure.Skipped.Path, failure.Skipped.Reason, failure.Error);
            }

            var why = run.Documents.Count == 0 ? "no plan could be loaded" : "strict loading fails on any file that cannot be loaded";
            throw new PolicyCompareException($"{run.Failures.Count} files could not be loaded ({why}): {string.Join("; ", run.Failures.Select(f => f.Skipped))}");
        }

        var ordered = run.Documents
            .OrderBy(d => d.Metadata.Year ?? int.MaxValue)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        return new PolicyCorpus(ordered)
        {
            Notices = run.Notices,
            Skipped = run.Failures.Select(f => f.Skipped).ToArray(),
            Sources = run.Sources.Distinct(StringComparer.Ordinal).ToArray(),
        };
    }

    private void LoadFolder(string folder, LoadRun run)
    {
        var manifestPath = Path.Combine(folder, CorpusManifest.FileName);
        var files = Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).ToList();
        var planFiles = files.Where(f => PlanExtensions.Contains(Path.GetExtension(f).ToLowerInvariant())).ToList();

        // Nothing is left out unsaid: a file of another kind (a PDF, a spreadsheet, labels) is named in a notice. Hidden
        // files (.policycompare-* markers, editor files) and the manifest are not plans and not news.
        var others = files.Except(planFiles)
            .Select(f => Path.GetFileName(f))
            .Where(name => !name.StartsWith('.') && !name.Equals(CorpusManifest.FileName, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (others.Count > 0)
        {
            var shown = string.Join(", ", others.Take(10)) + (others.Count > 10 ? $" and {others.Count - 10} more" : string.Empty);
            run.Then(() => run.Notices.Add($"{folder}: not read, not a plan format ({string.Join(", ", PlanExtensions)}): {shown}."));
        }

        if (File.Exists(manifestPath))
        {
            var manifest = CorpusManifest.Load(manifestPath);
            foreach (var entry in manifest.Documents)
            {
                var file = Path.Combine(folder, entry.File!);
                if (!File.Exists(file))
                {
                    var missing = new PolicyParseException(file, $"listed in {CorpusManifest.FileName} as \"{entry.Id}\", but the file does not exist.");
                    run.Then(() => run.Skip(missing));
                    continue;
                }

                TryRead(file, entry, run);
            }

            var listed = manifest.Documents.Select(d => Path.GetFullPath(Path.Combine(folder, d.File!))).ToHashSet(StringComparer.Ordinal);
            var unlisted = planFiles.Where(f => !listed.Contains(Path.GetFullPath(f))).ToList();
            if (unlisted.Count == 0)
            {
                return;
            }

            var names = string.Join(", ", unlisted.Select(Path.GetFileName));
            if (manifest.UnlistedFiles == UnlistedFiles.Ignore)
            {
                run.Then(() => run.Notices.Add($"{manifestPath}: not listed in the manifest, ignored (\"unlistedFiles\": \"ignore\"): {names}."));
                return;
            }

            run.Then(() => run.Notices.Add($"{manifestPath}: not listed in the manifest, loaded with metadata inferred from the text (set \"unlistedFiles\": \"ignore\" to leave them out): {names}."));
            foreach (var file in unlisted)
            {
                TryRead(file, InferredMetadata(file), run);
            }

            return;
        }

        if (planFiles.Count == 0)
        {
            throw new PolicyCompareException($"{folder}: no plans found (expected .txt, .html, .htm or .md files, or a {CorpusManifest.FileName} manifest).");
        }

        foreach (var file in planFiles)
        {
            TryRead(file, InferredMetadata(file), run);
        }
    }

    private void LoadFile(string path, LoadRun run)
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
                TryRead(path, entry, run);
                return;
            }
        }

        TryRead(path, InferredMetadata(path), run);
    }

    private static DocumentMetadata InferredMetadata(string file) =>
        new(Path.GetFileNameWithoutExtension(file)) { File = Path.GetFileName(file) };

    /// <summary>Plans reading one plan; a failure is recorded as a skipped file instead of ending the load.</summary>
    private void TryRead(string path, DocumentMetadata metadata, LoadRun run)
    {
        run.Sources.Add(Path.GetFullPath(path));
        run.ThenRead(() =>
        {
            var notices = new List<string>();
            try
            {
                return new FileReading(path, Read(path, metadata, notices), notices, null);
            }
            catch (PolicyCompareException ex)
            {
                return new FileReading(path, null, notices, ex as PolicyParseException ?? new PolicyParseException(path, ex.Message, ex));
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
            {
                // A parser defect on one file must not end the run over 300 others; the file is named with the defect.
                return new FileReading(path, null, notices, new PolicyParseException(path, $"the parser failed on this file ({ex.GetType().Name}: {ex.Message}); please report it.", ex));
            }
        });
    }

    /// <summary>What reading one file gave: its document, or why it was skipped, and its notices.</summary>
    private sealed record FileReading(string Path, PolicyDocument? Document, List<string> Notices, PolicyParseException? Failure);

    private PolicyDocument Read(string path, DocumentMetadata metadata, List<string> notices)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > _options.MaxDocumentBytes)
            {
                throw new PolicyParseException(path,
                    $"the file is {Megabytes(length)}, over the document size limit of {Megabytes(_options.MaxDocumentBytes)} (--max-document-size, CorpusOptions.MaxDocumentBytes); raise the limit to read it.");
            }

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

    private static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024.0)).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + " MB";

    /// <summary>What one call of <see cref="Load"/> has gathered so far.</summary>
    private sealed class LoadRun(CancellationToken cancellationToken)
    {
        public CancellationToken CancellationToken { get; } = cancellationToken;

        public List<PolicyDocument> Documents { get; } = [];

        public List<string> Notices { get; } = [];

        public List<string> Sources { get; } = [];

        public List<(SkippedFile Skipped, Exception Error)> Failures { get; } = [];

        /// <summary>What is left to do once every path has been looked at: reading files, and the notices and skips between them.</summary>
        private List<(Action? Step, Func<FileReading>? Read)> Steps { get; } = [];

        public void Skip(PolicyParseException error) => Failures.Add((new SkippedFile(error.FilePath, error.Reason), error));

        public void Then(Action step) => Steps.Add((step, null));

        public void ThenRead(Func<FileReading> read) => Steps.Add((null, read));

        /// <summary>
        /// Reads and parses the files on all cores, telling <paramref name="progress"/> each file read, then takes their
        /// documents, notices and skips in the planned order, so the corpus is the same for any number of threads.
        /// </summary>
        public void Execute(IProgress<WorkProgress>? progress, int maxDegreeOfParallelism)
        {
            var reads = Steps.Select((s, i) => (s.Read, Index: i)).Where(s => s.Read is not null).ToArray();
            var readings = new FileReading[Steps.Count];
            var done = 0;
            var gate = new Lock();
            progress?.Report(new WorkProgress("files", 0, reads.Length));
            Parallel.For(0, reads.Length, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = CancellationToken }, r =>
            {
                readings[reads[r].Index] = reads[r].Read!();
                lock (gate)
                {
                    // Counted under the lock so the reports arrive in increasing order.
                    progress?.Report(new WorkProgress("files", ++done, reads.Length));
                }
            });

            // A document whose id an earlier one has (a.txt and a.md, two folders with the same file names) is skipped,
            // naming both files, rather than failing the whole corpus.
            var pathOfId = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < Steps.Count; i++)
            {
                if (Steps[i].Step is { } step)
                {
                    step();
                    continue;
                }

                var reading = readings[i];
                Notices.AddRange(reading.Notices);
                if (reading.Document is null)
                {
                    Skip(reading.Failure!);
                }
                else if (pathOfId.TryGetValue(reading.Document.Id, out var first))
                {
                    Skip(new PolicyParseException(reading.Path,
                        $"its document id \"{reading.Document.Id}\" is already that of {first}; ids are file stems or manifest ids, so rename one of the files or give them distinct ids in corpus.json."));
                }
                else
                {
                    pathOfId.Add(reading.Document.Id, reading.Path);
                    Documents.Add(reading.Document);
                }
            }
        }
    }
}
