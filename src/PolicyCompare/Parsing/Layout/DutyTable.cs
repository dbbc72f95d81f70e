using PolicyCompare.Parsing.Numbering;

namespace PolicyCompare.Parsing.Layout;

/// <summary>A row of a duty table: the piece it is, its department cell and an optional leading row number.</summary>
/// <param name="PieceIndex">The piece holding the row.</param>
/// <param name="Marker">The row number as written (a leading 序号 cell), or an empty marker at the row's start.</param>
/// <param name="DepartmentStart">Start of the department cell.</param>
/// <param name="DepartmentEnd">End of the department cell.</param>
internal sealed record DutyRow(int PieceIndex, NumberMarker Marker, int DepartmentStart, int DepartmentEnd);

/// <summary>
/// Reads table-form plans (职责清单: rows of <c>department&lt;TAB&gt;duties</c>, or Markdown <c>| department | duties |</c>):
/// each row whose first cell is a department and whose other cells hold text is a unit; the header row (部门, 职责…)
/// and Markdown rule rows are not.
/// </summary>
internal static class DutyTable
{
    private static readonly string[] HeaderWords = ["序号", "部门", "单位", "职责", "任务", "分工", "内容", "名称"];

    /// <summary>The rows of the duty table, in order; empty when the text has none.</summary>
    /// <param name="text">The (folded) text.</param>
    /// <param name="pieces">Content pieces.</param>
    /// <param name="boilerplate">Boilerplate flag of each piece.</param>
    /// <returns>The rows.</returns>
    public static IReadOnlyList<DutyRow> Read(string text, IReadOnlyList<ContentPiece> pieces, IReadOnlyList<bool> boilerplate)
    {
        var rows = new List<DutyRow>();
        for (var i = 0; i < pieces.Count; i++)
        {
            if (boilerplate[i] || !pieces[i].StartsLine)
            {
                continue;
            }

            var cells = Cells(text, pieces[i].Start, pieces[i].End);
            if (cells.Count < 2 || IsHeader(text, cells))
            {
                continue;
            }

            var rowNumber = cells[0].End - cells[0].Start <= 3 && text.AsSpan(cells[0].Start, cells[0].End - cells[0].Start).ContainsAnyExceptInRange('0', '9') is false;
            var department = rowNumber ? 1 : 0;
            if (cells.Count - department < 2 || cells[department].End - cells[department].Start > 40)
            {
                continue;
            }

            var marker = rowNumber
                ? new NumberMarker(NumberingScheme.TableRow, int.Parse(text.AsSpan(cells[0].Start, cells[0].End - cells[0].Start), provider: System.Globalization.CultureInfo.InvariantCulture), pieces[i].Start, cells[1].Start - pieces[i].Start, text[cells[0].Start..cells[0].End])
                : new NumberMarker(NumberingScheme.TableRow, rows.Count + 1, pieces[i].Start, 0, "");
            rows.Add(new DutyRow(i, marker, cells[department].Start, cells[department].End));
        }

        return rows;
    }

    /// <summary>The non-empty cells of a row separated by tabs (Markdown pipes are folded to tabs), trimmed.</summary>
    private static List<(int Start, int End)> Cells(string text, int start, int end)
    {
        var cells = new List<(int Start, int End)>();
        var cellStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i < end && text[i] != '\t')
            {
                continue;
            }

            var (s, e) = (cellStart, i);
            while (s < e && LineSplitter.IsBlank(text[s]))
            {
                s++;
            }

            while (e > s && LineSplitter.IsBlank(text[e - 1]))
            {
                e--;
            }

            if (e > s && !text.AsSpan(s, e - s).ContainsAnyExcept("-:"))
            {
                return []; // a Markdown rule row |---|---|
            }

            if (e > s)
            {
                cells.Add((s, e));
            }

            cellStart = i + 1;
        }

        return cells;
    }

    private static bool IsHeader(string text, List<(int Start, int End)> cells) =>
        cells.All(c => c.End - c.Start <= 8) && cells.Any(c => HeaderWords.Any(w => text.AsSpan(c.Start, c.End - c.Start).Contains(w, StringComparison.Ordinal)));
}
