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
    private readonly List<int>[] _piecesOfUnit;
    private readonly Dictionary<int, int> _sectionIndexOfUnit = [];
    private readonly Dictionary<int, Bracket> _brackets = [];
    private readonly IReadOnlyDictionary<int, (int Start, int End)> _departmentCells;
    private readonly List<UnreadableNumber> _unreadableNumbers = [];

    /// <summary>Creates the layout.</summary>
    /// <param name="text">The source text.</param>
    /// <param name="pieces">Content pieces.</param>
    /// <param name="boilerplate">Boilerplate flag of each piece.</param>
    /// <param name="outline">Accepted numbered units.</param>
    /// <param name="responsibilityParser">Reads department brackets.</param>
    /// <param name="departmentCells">For the rows of a duty table, the unit's department cell; empty otherwise.</param>
    public DocumentLayout(string text, IReadOnlyList<ContentPiece> pieces, IReadOnlyList<bool> boilerplate, IReadOnlyList<OutlineUnit> outline, ResponsibilityParser responsibilityParser,
        IReadOnlyDictionary<int, (int Start, int End)> departmentCells)
    {
        _departmentCells = departmentCells;
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

        // Every lookup below goes through these indexes, so the layout stays linear in the number of pieces.
        _piecesOfUnit = new List<int>[outline.Count];
        for (var u = 0; u < outline.Count; u++)
        {
            _piecesOfUnit[u] = [];
        }

        for (var i = 0; i < pieces.Count; i++)
        {
            if (_unitOfPiece[i] >= 0 && !boilerplate[i])
            {
                _piecesOfUnit[_unitOfPiece[i]].Add(i);
            }
        }

        for (var u = 0; u < outline.Count; u++)
        {
            if (outline[u].Role == OutlineRole.Section)
            {
                _sectionIndexOfUnit[u] = _sectionIndexOfUnit.Count;
            }
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
            var taskPieces = _piecesOfUnit[unit];
            var bracket = _departmentCells.TryGetValue(unit, out var cell) ? DepartmentCell(cell.Start, cell.End) : FindBracket(unit, taskPieces);
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

            var own = _piecesOfUnit[unit].Where(i => kinds[i] == SpanKind.Task && owners[i] == unit).ToList();
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

            // A heading-level unit without sub-units (（二）宣传健康理念 over a body line) is titled by its heading line.
            var title = u.IsLeafHeading ? HeadingTitle(u, _pieces[u.PieceIndex]) : LeadPhrase(text.Value);
            var end = own.Count > 0 ? _pieces[own[^1]].End : _pieces[u.PieceIndex].End;
            tasks.Add(new PolicyTask(tasks.Count + 1, path, u.Marker.Text, title, text, SourceSpan.FromBounds(u.Marker.Start, end))
            {
                Responsibilities = responsibilities,
                ResponsibilitySpan = responsibilitySpan,
                Targets = reading.Targets,
                SectionIndex = sectionUnit < 0 ? null : SectionIndex(sectionUnit),
                Kind = UnitKinds.Of(title, path),
                SubItems = SubItemReader.Read(text),
            });
        }

        return tasks;
    }

    /// <summary>The numbered units that hold nothing: no text after the number and no sub-units (<c>三、</c> alone).</summary>
    /// <param name="tasks">Tasks from <see cref="BuildTasks"/>.</param>
    /// <param name="sections">Sections from <see cref="BuildSections"/>.</param>
    /// <returns>Source offset and number of each empty unit, in source order.</returns>
    public IEnumerable<(int Offset, string Number)> EmptyUnits(IReadOnlyList<PolicyTask> tasks, IReadOnlyList<PolicySection> sections) =>
        tasks.Where(t => t.Text.Value.Length == 0).Select(t => (t.Span.Start, t.Number))
            .Concat(SectionUnits().Where(u => !_outline[u].HasChildren && sections[SectionIndex(u)].Title.Length == 0 && _piecesOfUnit[u].Count <= 1)
                .Select(u => (_outline[u].Marker.Start, _outline[u].Marker.Text)))
            .OrderBy(e => e.Item1);

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

    /// <summary>
    /// Finds the task's department statement: a closing clause that opens with a label such as 责任单位： (on its own
    /// line or after the last full stop), else the last bracket that ends one of its pieces.
    /// </summary>
    private Bracket? FindBracket(int unit, List<int> taskPieces)
    {
        if (taskPieces.Count == 0)
        {
            return null;
        }

        // Normalize the task once; the text up to piece k is a prefix of it (pieces end on a visible character).
        var marker = _outline[unit].Marker;
        var full = TextNormalizer.Normalize(_text, taskPieces.Select(i => (_pieces[i].Start, _pieces[i].End)));
        var ends = new int[taskPieces.Count];
        var n = 0;
        for (var k = 0; k < taskPieces.Count; k++)
        {
            var pieceEnd = _pieces[taskPieces[k]].End;
            while (n < full.Value.Length && full.ToSourceOffset(n) < pieceEnd)
            {
                n++;
            }

            ends[k] = n;
        }

        for (var k = taskPieces.Count - 1; k >= 0; k--)
        {
            var piece = _pieces[taskPieces[k]];
            var last = k == taskPieces.Count - 1;
            if (!last && !ResponsibilityBracket.IsCloser(_text[piece.End - 1]))
            {
                continue;
            }

            if (last && TryFindLabelledStatement(full, marker.End) is { } labelled)
            {
                return labelled with { PieceOrdinal = k };
            }

            if (!ResponsibilityBracket.IsCloser(_text[piece.End - 1]) || ends[k] == 0)
            {
                continue;
            }

            var close = ends[k] - 1;
            if (!ResponsibilityBracket.TryFindOpener(full.Value, close, 0, out var open) || full.ToSourceOffset(open) < marker.End)
            {
                continue;
            }

            if (ResponsibilityParser.IsStatement(full.Value[(open + 1)..close]))
            {
                var normalized = last ? full : new NormalizedText(full.Value[..ends[k]], full.SourceOffsets.Take(ends[k]).ToList());
                return new Bracket(k, normalized, open + 1, close, normalized.ToSourceOffset(open), normalized.ToSourceOffset(close) + 1);
            }
        }

        return null;
    }

    /// <summary>
    /// A duty table's department cell read as the statement 责任单位：cell (first listed leads, by the usual convention).
    /// The label is not in the source; its characters map to the cell's first character.
    /// </summary>
    private Bracket DepartmentCell(int start, int end)
    {
        const string label = "责任单位：";
        var cell = TextNormalizer.Normalize(_text, start, end);
        var text = new NormalizedText(label + cell.Value, Enumerable.Repeat(start, label.Length).Concat(cell.SourceOffsets).ToList());
        return new Bracket(0, text, 0, text.Value.Length, start, end);
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

    private IEnumerable<int> SectionUnits() => _sectionIndexOfUnit.Keys.Order();

    private int SectionIndex(int unit) => _sectionIndexOfUnit[unit];

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
