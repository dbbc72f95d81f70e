using PolicyCompare.Documents;
using PolicyCompare.Parsing.Numbering;
using PolicyCompare.Parsing.Responsibilities;
using PolicyCompare.Parsing.Targets;

namespace PolicyCompare.Parsing.Layout;

/// <summary>
/// Assigns every content piece to the preamble, a heading, a task, the closing or boilerplate, finds each task's
/// department bracket, and builds the sections and tasks. A task runs from its number to the next numbered unit;
/// the last task ends at its last department bracket (or, without one, at the first paragraph that follows a finished
/// sentence), and what follows it is closing prose. Unnumbered prose under a heading before its first task (a section's
/// lead-in, or the body of a part without tasks such as 总体要求) belongs to the heading's span.
/// </summary>
internal sealed class DocumentLayout
{
    private readonly string _text;
    private readonly IReadOnlyList<ContentPiece> _pieces;
    private readonly IReadOnlyList<bool> _boilerplate;
    private readonly IReadOnlyList<OutlineUnit> _outline;
    private readonly ResponsibilityParser _responsibilityParser;
    private readonly int[] _unitOfPiece;
    private readonly Dictionary<int, Bracket> _brackets = [];
    private readonly List<UnreadableNumber> _unreadableNumbers = [];

    /// <summary>Creates the layout.</summary>
    /// <param name="text">The source text.</param>
    /// <param name="pieces">Content pieces.</param>
    /// <param name="boilerplate">Boilerplate flag of each piece.</param>
    /// <param name="outline">Accepted numbered units.</param>
    /// <param name="responsibilityParser">Reads department brackets.</param>
    public DocumentLayout(string text, IReadOnlyList<ContentPiece> pieces, IReadOnlyList<bool> boilerplate, IReadOnlyList<OutlineUnit> outline, ResponsibilityParser responsibilityParser)
    {
        _text = text;
        _pieces = pieces;
        _boilerplate = boilerplate;
        _outline = outline;
        _responsibilityParser = responsibilityParser;
        _unitOfPiece = new int[pieces.Count];
        var unitByPiece = new Dictionary<int, int>();
        for (var u = 0; u < outline.Count; u++)
        {
            unitByPiece[outline[u].PieceIndex] = u;
        }

        var current = -1;
        for (var i = 0; i < pieces.Count; i++)
        {
            if (unitByPiece.TryGetValue(i, out var unit))
            {
                current = OwningUnit(unit);
            }

            _unitOfPiece[i] = current;
        }
    }

    /// <summary>Classifies every piece.</summary>
    /// <returns>Kind and owner (unit index, or -1) of each piece.</returns>
    public (SpanKind[] Kinds, int[] Owners) Classify()
    {
        var kinds = new SpanKind[_pieces.Count];
        var owners = new int[_pieces.Count];
        var taskUnits = Enumerable.Range(0, _outline.Count).Where(u => _outline[u].Role == OutlineRole.Task).ToList();
        var lastTask = taskUnits[^1];
        var closing = new HashSet<int>();
        foreach (var unit in taskUnits)
        {
            var taskPieces = PiecesOf(unit);
            var bracket = FindBracket(unit, taskPieces);
            if (bracket is not null)
            {
                _brackets[unit] = bracket;
            }

            if (unit != lastTask)
            {
                continue;
            }

            if (bracket is not null)
            {
                closing.UnionWith(taskPieces.Skip(bracket.PieceOrdinal + 1));
            }
            else
            {
                for (var j = 1; j < taskPieces.Count; j++)
                {
                    if (PieceBuilder.EndsSentence(_text[_pieces[taskPieces[j - 1]].Start.._pieces[taskPieces[j - 1]].End]) && _pieces[taskPieces[j]].StartsLine)
                    {
                        closing.UnionWith(taskPieces.Skip(j));
                        break;
                    }
                }
            }
        }

        var lastTaskPiece = _outline[lastTask].PieceIndex;
        for (var i = 0; i < _pieces.Count; i++)
        {
            var unit = _unitOfPiece[i];
            owners[i] = -1;
            if (_boilerplate[i])
            {
                kinds[i] = SpanKind.Boilerplate;
            }
            else if (unit < 0)
            {
                kinds[i] = SpanKind.Preamble;
            }
            else if (_outline[unit].Role == OutlineRole.Section)
            {
                var isHeadingLine = _outline[unit].PieceIndex == i;
                var afterTasks = _outline[unit].PieceIndex > lastTaskPiece;
                kinds[i] = isHeadingLine ? SpanKind.Heading : afterTasks ? SpanKind.Closing : SpanKind.Heading;
                owners[i] = kinds[i] == SpanKind.Heading ? unit : -1;
            }
            else if (closing.Contains(i))
            {
                kinds[i] = SpanKind.Closing;
            }
            else
            {
                kinds[i] = SpanKind.Task;
                owners[i] = unit;
            }
        }

        return (kinds, owners);
    }

    /// <summary>Builds the section headings.</summary>
    /// <returns>Sections in document order.</returns>
    public IReadOnlyList<PolicySection> BuildSections()
    {
        var sections = new List<PolicySection>();
        foreach (var unit in SectionUnits())
        {
            var u = _outline[unit];
            var piece = _pieces[u.PieceIndex];
            var parent = NearestSection(u.Parent);
            var depth = 1;
            for (var p = parent; p >= 0; p = NearestSection(_outline[p].Parent))
            {
                depth++;
            }

            sections.Add(new PolicySection(u.Marker.Bare, HeadingTitle(u, piece), depth, SourceSpan.FromBounds(u.Marker.Start, piece.End))
            {
                ParentIndex = parent < 0 ? null : SectionIndex(parent),
            });
        }

        return sections;
    }

    /// <summary>Numbers in task texts that looked like targets but could not be read (filled by <see cref="BuildTasks"/>).</summary>
    public IReadOnlyList<UnreadableNumber> UnreadableNumbers => _unreadableNumbers;

    /// <summary>Builds the tasks.</summary>
    /// <param name="kinds">Piece kinds.</param>
    /// <param name="owners">Piece owners.</param>
    /// <param name="sections">Sections from <see cref="BuildSections"/>.</param>
    /// <param name="targets">Extracts numeric targets.</param>
    /// <returns>Tasks in document order.</returns>
    public IReadOnlyList<PolicyTask> BuildTasks(IReadOnlyList<SpanKind> kinds, IReadOnlyList<int> owners, IReadOnlyList<PolicySection> sections, TargetExtractor targets)
    {
        var tasks = new List<PolicyTask>();
        for (var unit = 0; unit < _outline.Count; unit++)
        {
            var u = _outline[unit];
            if (u.Role != OutlineRole.Task)
            {
                continue;
            }

            var own = Enumerable.Range(0, _pieces.Count).Where(i => kinds[i] == SpanKind.Task && owners[i] == unit).ToList();
            var ranges = own.Select(i => (Start: i == u.PieceIndex ? u.Marker.End : _pieces[i].Start, _pieces[i].End)).ToList();
            _brackets.TryGetValue(unit, out var bracket);
            IReadOnlyList<Responsibility> responsibilities = [];
            SourceSpan? responsibilitySpan = null;
            if (bracket is not null)
            {
                ranges = Subtract(ranges, bracket.SourceStart, bracket.SourceEnd);
                responsibilities = _responsibilityParser.Parse(bracket.Text, bracket.ContentStart, bracket.ContentEnd);
                responsibilitySpan = SourceSpan.FromBounds(bracket.SourceStart, bracket.SourceEnd);
            }

            var text = TextNormalizer.Normalize(_text, ranges.Where(r => r.End > r.Start));
            var reading = targets.Read(text);
            _unreadableNumbers.AddRange(reading.Unreadable);
            var sectionUnit = NearestSection(u.Parent);
            var path = new List<string>();
            for (var p = sectionUnit; p >= 0; p = NearestSection(_outline[p].Parent))
            {
                path.Insert(0, sections[SectionIndex(p)].Title);
            }

            var end = own.Count > 0 ? _pieces[own[^1]].End : _pieces[u.PieceIndex].End;
            tasks.Add(new PolicyTask(tasks.Count + 1, path, u.Marker.Text, LeadPhrase(text.Value), text, SourceSpan.FromBounds(u.Marker.Start, end))
            {
                Responsibilities = responsibilities,
                ResponsibilitySpan = responsibilitySpan,
                Targets = reading.Targets,
                SectionIndex = sectionUnit < 0 ? null : SectionIndex(sectionUnit),
            });
        }

        return tasks;
    }

    /// <summary>The task's lead phrase: its text up to the first full stop.</summary>
    private static string LeadPhrase(string text)
    {
        var stop = text.IndexOfAny(['。', '；', ';']);
        var lead = stop < 0 ? text : text[..stop];
        return lead.TrimEnd('。', '，', ',', '：', ':');
    }

    private string HeadingTitle(OutlineUnit unit, ContentPiece piece)
    {
        var title = TextNormalizer.Normalize(_text, unit.Marker.End, piece.End).Value;
        var stop = title.IndexOf('。', StringComparison.Ordinal);
        return (stop < 0 ? title : title[..stop]).TrimEnd('。', '：', ':', '，', ',');
    }

    private List<int> PiecesOf(int unit) =>
        Enumerable.Range(0, _pieces.Count).Where(i => _unitOfPiece[i] == unit && !_boilerplate[i]).ToList();

    /// <summary>
    /// Finds the task's department statement: a closing clause that opens with a label such as 责任单位： (on its own
    /// line or after the last full stop), else the last bracket that ends one of its pieces.
    /// </summary>
    private Bracket? FindBracket(int unit, List<int> taskPieces)
    {
        var marker = _outline[unit].Marker;
        for (var k = taskPieces.Count - 1; k >= 0; k--)
        {
            var piece = _pieces[taskPieces[k]];
            var last = k == taskPieces.Count - 1;
            if (!last && !ResponsibilityBracket.IsCloser(_text[piece.End - 1]))
            {
                continue;
            }

            var normalized = TextNormalizer.Normalize(_text, taskPieces.Take(k + 1).Select(i => (_pieces[i].Start, _pieces[i].End)));
            if (last && TryFindLabelledStatement(normalized, marker.End) is { } labelled)
            {
                return labelled with { PieceOrdinal = k };
            }

            if (!ResponsibilityBracket.IsCloser(_text[piece.End - 1]))
            {
                continue;
            }

            var close = normalized.Value.Length - 1;
            if (!ResponsibilityBracket.TryFindOpener(normalized.Value, close, 0, out var open) || normalized.ToSourceOffset(open) < marker.End)
            {
                continue;
            }

            if (ResponsibilityParser.IsStatement(normalized.Value[(open + 1)..close]))
            {
                return new Bracket(k, normalized, open + 1, close, normalized.ToSourceOffset(open), normalized.ToSourceOffset(close) + 1);
            }
        }

        return null;
    }

    /// <summary>
    /// A statement such as 责任单位：市卫健委、市医保局 that closes the task, on its own line or after the last full stop.
    /// </summary>
    private static Bracket? TryFindLabelledStatement(NormalizedText normalized, int markerEnd)
    {
        var value = normalized.Value;
        var sentenceStart = value.LastIndexOf('。') + 1;
        var depth = 0;
        for (var start = sentenceStart; start < value.Length; start++)
        {
            if (start > sentenceStart)
            {
                depth += ResponsibilityBracket.IsOpener(value[start - 1]) ? 1 : ResponsibilityBracket.IsCloser(value[start - 1]) ? -1 : 0;
            }

            var opensClause = depth == 0 && (start == sentenceStart || value[start - 1] is '；' or ';');
            if (!opensClause || normalized.ToSourceOffset(start) < markerEnd || !ResponsibilityRoles.TryMatchLabel(value.AsSpan(start), out _, out _))
            {
                continue;
            }

            return ResponsibilityParser.IsStatement(value[start..])
                ? new Bracket(0, normalized, start, value.Length, normalized.ToSourceOffset(start), normalized.ToSourceOffset(value.Length - 1) + 1)
                : null;
        }

        return null;
    }

    private int OwningUnit(int unit)
    {
        var u = unit;
        while (u >= 0 && _outline[u].Role == OutlineRole.SubPoint)
        {
            u = _outline[u].Parent;
        }

        return u < 0 ? unit : u;
    }

    private IEnumerable<int> SectionUnits() => Enumerable.Range(0, _outline.Count).Where(u => _outline[u].Role == OutlineRole.Section);

    private int SectionIndex(int unit) => SectionUnits().TakeWhile(u => u != unit).Count();

    private int NearestSection(int unit)
    {
        var u = unit;
        while (u >= 0 && _outline[u].Role != OutlineRole.Section)
        {
            u = _outline[u].Parent;
        }

        return u;
    }

    private static List<(int Start, int End)> Subtract(List<(int Start, int End)> ranges, int cutStart, int cutEnd)
    {
        var result = new List<(int, int)>();
        foreach (var (start, end) in ranges)
        {
            if (end <= cutStart || start >= cutEnd)
            {
                result.Add((start, end));
                continue;
            }

            if (start < cutStart)
            {
                result.Add((start, cutStart));
            }

            if (end > cutEnd)
            {
                result.Add((cutEnd, end));
            }
        }

        return result;
    }

    /// <summary>A department statement found in a task (a bracket, or a labelled last line).</summary>
    /// <param name="PieceOrdinal">Position, among the task's pieces, of the piece the statement ends.</param>
    /// <param name="Text">Normalized text of the task up to the statement's end.</param>
    /// <param name="ContentStart">Start of the statement's content in <paramref name="Text"/> (inside the bracket).</param>
    /// <param name="ContentEnd">End of the statement's content in <paramref name="Text"/>.</param>
    /// <param name="SourceStart">Source offset where the statement starts (its opening bracket).</param>
    /// <param name="SourceEnd">Source offset one past the statement (its closing bracket).</param>
    private sealed record Bracket(int PieceOrdinal, NormalizedText Text, int ContentStart, int ContentEnd, int SourceStart, int SourceEnd);
}
