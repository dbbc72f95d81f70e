using Microsoft.Extensions.Options;
using PolicyCompare.Documents;
using PolicyCompare.Parsing.Layout;
using PolicyCompare.Parsing.Numbering;
using PolicyCompare.Parsing.Responsibilities;
using PolicyCompare.Parsing.Metadata;
using PolicyCompare.Parsing.Targets;

namespace PolicyCompare.Parsing;

/// <summary>
/// Parses the text of a Chinese work plan into sections, tasks, responsible departments and numeric targets, every
/// part traceable to the source. The source is partitioned into boilerplate, preamble, heading, task and closing spans.
/// </summary>
public sealed class PlanParser : IPlanParser
{
    private readonly ParsingOptions _options;
    private readonly ResponsibilityParser _responsibilities;
    private readonly TargetExtractor _targets;
    private readonly Gazetteer _gazetteer;

    /// <summary>Creates a parser with default options and the built-in agency table.</summary>
    public PlanParser()
        : this(new ParsingOptions())
    {
    }

    /// <summary>Creates a parser.</summary>
    /// <param name="options">Parsing options (validated).</param>
    /// <param name="agencies">The agency table; defaults to <see cref="AgencyTable.Default"/> plus <see cref="ParsingOptions.AgencyTablePath"/>.</param>
    public PlanParser(ParsingOptions options, AgencyTable? agencies = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        agencies ??= options.AgencyTablePath is null
            ? AgencyTable.Default
            : AgencyTable.Default.With(AgencyTable.Load(options.AgencyTablePath).Agencies);
        _responsibilities = new ResponsibilityParser(agencies, options.FirstListedIsLead);
        _targets = new TargetExtractor(options.MaxScopeLength);
        _gazetteer = options.RegionTablePath is null ? Gazetteer.Default : Gazetteer.Default.With(LoadRegions(options.RegionTablePath));
    }

    /// <summary>Creates a parser from dependency-injected options.</summary>
    /// <param name="options">The options.</param>
    public PlanParser(IOptions<ParsingOptions> options)
        : this(options?.Value ?? throw new ArgumentNullException(nameof(options)))
    {
    }

    /// <inheritdoc />
    public PolicyDocument Parse(string sourceText, DocumentMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(sourceText);
        ArgumentNullException.ThrowIfNull(metadata);
        var origin = metadata.File ?? metadata.Id;
        if (string.IsNullOrWhiteSpace(sourceText))
        {
            throw new PolicyParseException(origin, "the text is empty; expected a work plan with numbered tasks.");
        }

        try
        {
            return ParseText(sourceText, metadata, origin);
        }
        catch (Exception ex) when (ex is not PolicyParseException and not OperationCanceledException and not OutOfMemoryException)
        {
            // The contract: a caller loading 300 plans meets only PolicyParseException, naming the file.
            throw new PolicyParseException(origin, $"the parser failed on this text ({ex.GetType().Name}: {ex.Message}); please report the file.", ex);
        }
    }

    private PolicyDocument ParseText(string sourceText, DocumentMetadata metadata, string origin)
    {
        // Everything below reads the folded copy (same length, so its offsets are source offsets): full-width digits
        // read as ASCII, Markdown syntax as blanks. The document keeps the source as written.
        var text = SourceFolding.Fold(sourceText);
        var lines = LineSplitter.Split(text);
        var (pieces, boilerplate, outline, irregularities) = Outline(text, sourceText, lines, inlineSingleStyle: false);
        if (!outline.Any(u => u.Role == OutlineRole.Task))
        {
            // No structure at line starts: a plan joined into one line numbered in one style, e.g. （一）…（二）….
            (pieces, boilerplate, outline, irregularities) = Outline(text, sourceText, lines, inlineSingleStyle: true);
        }

        var departmentCells = new Dictionary<int, (int Start, int End)>();
        if (!outline.Any(u => u.Role == OutlineRole.Task))
        {
            // A table-form plan (职责清单): each department<TAB>duties row is a unit led by its first cell.
            var rows = DutyTable.Read(text, pieces, boilerplate);
            outline = rows.Select(r => new OutlineUnit(r.PieceIndex, r.Marker, 1, -1, false) { Role = OutlineRole.Task }).ToList();
            for (var u = 0; u < rows.Count; u++)
            {
                departmentCells[u] = (rows[u].DepartmentStart, rows[u].DepartmentEnd);
            }
        }

        if (!outline.Any(u => u.Role == OutlineRole.Task))
        {
            throw new PolicyParseException(origin,
                "no recognizable task structure; expected numbered tasks at the start of lines such as 一、… (一)… 1.… (1)…, or a duty table of department<TAB>duties rows.");
        }

        var layout = new DocumentLayout(text, pieces, boilerplate, outline, _responsibilities.ForPlan(LeadRule.IsStated(text)), departmentCells);
        var (kinds, owners) = layout.Classify();
        var spans = SpanPartitioner.Partition(text.Length, pieces, kinds, owners);
        var sections = layout.BuildSections();
        var tasks = layout.BuildTasks(kinds, owners, sections, _targets);
        var inferred = MetadataInference.Infer(metadata, text, pieces, kinds, _gazetteer);
        var warnings = irregularities.Select(r => (Offset: r.Offset, Kind: r.Kind, Message: r.Message))
            .Concat(layout.EmptyUnits(tasks, sections).Select(e => (Offset: e.Offset, Kind: ParseWarningKind.EmptyUnit, Message: $"{e.Number} has no text and no sub-units; kept as an empty unit.")))
            .Concat(layout.UnreadableNumbers.Select(u => (Offset: u.Span.Start, Kind: ParseWarningKind.UnreadableNumber, Message: u.Message)))
            .OrderBy(w => w.Offset)
            .Select(w => new ParseWarning(w.Kind, metadata.Id, w.Offset, LineNumber(lines, w.Offset), w.Message))
            .ToList();
        return new PolicyDocument(inferred, sourceText, sections, tasks, spans) { Warnings = warnings };
    }

    private (IReadOnlyList<ContentPiece> Pieces, IReadOnlyList<bool> Boilerplate, IReadOnlyList<OutlineUnit> Outline, IReadOnlyList<OutlineIrregularity> Irregularities) Outline(
        string text, string sourceText, IReadOnlyList<SourceLine> lines, bool inlineSingleStyle)
    {
        var (pieces, boilerplate) = PieceBuilder.Build(text, lines, inlineSingleStyle);
        var candidates = new List<OutlineCandidate>();
        var previousIsTitle = false; // the piece before is a numbered line without punctuation (二、重点任务)
        for (var i = 0; i < pieces.Count; i++)
        {
            if (boilerplate[i])
            {
                continue;
            }

            var numbered = NumberMarkerReader.TryRead(text, pieces[i].Start, out var marker);
            if (numbered)
            {
                var headingLike = pieces[i].StartsLine && pieces[i].Length <= 40 && text.IndexOf('。', pieces[i].Start, pieces[i].Length) < 0;
                var standsAlone = i == 0 || previousIsTitle || PieceBuilder.EndsSentence(text[pieces[i - 1].Start..pieces[i - 1].End]);

                // The number as written in the source (（１）), read from the folded copy.
                marker = marker with { Text = sourceText.Substring(marker.Start, marker.Text.Length) };
                candidates.Add(new OutlineCandidate(i, marker, headingLike, standsAlone));
            }

            previousIsTitle = numbered && text.AsSpan(marker.End, pieces[i].End - marker.End).IndexOfAny("，,、；;：:。") < 0;
        }

        var (outline, irregularities) = OutlineBuilder.Build(candidates, _options.MaxNumberingGap);
        return (pieces, boilerplate, outline, irregularities);
    }

    private static Gazetteer LoadRegions(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Gazetteer.Load(stream, path);
        }
        catch (IOException ex)
        {
            throw new PolicyParseException(path, $"the region table could not be read ({ex.Message}).", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new PolicyParseException(path, $"the region table could not be read ({ex.Message}).", ex);
        }
    }

    /// <summary>1-based number of the line holding <paramref name="offset"/>.</summary>
    private static int LineNumber(IReadOnlyList<SourceLine> lines, int offset)
    {
        var (low, high) = (0, lines.Count - 1);
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (lines[mid].Start <= offset)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low + 1;
    }
}
