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

        var lines = LineSplitter.Split(sourceText);
        var (pieces, boilerplate) = PieceBuilder.Build(sourceText, lines);
        var candidates = new List<(int, NumberMarker, bool)>();
        for (var i = 0; i < pieces.Count; i++)
        {
            if (!boilerplate[i] && NumberMarkerReader.TryRead(sourceText, pieces[i].Start, out var marker))
            {
                var headingLike = pieces[i].StartsLine && pieces[i].Length <= 40 && sourceText.IndexOf('。', pieces[i].Start, pieces[i].Length) < 0;
                candidates.Add((i, marker, headingLike));
            }
        }

        var outline = OutlineBuilder.Build(candidates, _options.MaxNumberingGap);
        if (!outline.Any(u => u.Role == OutlineRole.Task))
        {
            throw new PolicyParseException(origin,
                "no recognizable task structure; expected numbered tasks at the start of lines such as 一、… (一)… 1.… (1)….");
        }

        var layout = new DocumentLayout(sourceText, pieces, boilerplate, outline, _responsibilities.ForPlan(LeadRule.IsStated(sourceText)));
        var (kinds, owners) = layout.Classify();
        var spans = SpanPartitioner.Partition(sourceText.Length, pieces, kinds, owners);
        var sections = layout.BuildSections();
        var tasks = layout.BuildTasks(kinds, owners, sections, _targets);
        var inferred = MetadataInference.Infer(metadata, sourceText, pieces, kinds);
        var warnings = layout.UnreadableNumbers
            .Select(u => new ParseWarning(ParseWarningKind.UnreadableNumber, metadata.Id, u.Span.Start, LineOf(sourceText, u.Span.Start), u.Message))
            .ToList();
        return new PolicyDocument(inferred, sourceText, sections, tasks, spans) { Warnings = warnings };
    }

    /// <summary>The 1-based line of a source offset (lines end at \n, \r\n or \r).</summary>
    private static int LineOf(string text, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
            }
        }

        return line;
    }
}
