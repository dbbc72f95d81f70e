using System.Globalization;
using PolicyCompare.Alignment;

namespace PolicyCompare.Evaluation;

/// <summary>
/// The rows of a task-label TSV file (<c>document&lt;TAB&gt;ordinal&lt;TAB&gt;label…</c> under a fixed header): the checks that
/// <see cref="GoldLabels"/> and <see cref="AddressedLabels"/> share, so both files fail the same way on the same mistake.
/// </summary>
internal static class LabelFileReader
{
    /// <summary>One labelled task: its 1-based line, key, non-empty label (third column) and every cell of the row.</summary>
    internal readonly record struct Row(int Line, TaskKey Task, string Label, string[] Cells);

    /// <summary>Checks the header, then reads every non-blank row.</summary>
    /// <param name="lines">The lines, header first.</param>
    /// <param name="path">The file name, for error messages.</param>
    /// <param name="header">The expected column names (case-insensitive).</param>
    /// <param name="optionalTrailingColumns">How many of the last columns a row may leave out.</param>
    /// <param name="labelName">What the third column is called in messages (topic, primary topic).</param>
    /// <returns>The rows in file order.</returns>
    /// <exception cref="GoldLabelException">Wrong header, a malformed or repeated row, or no row at all.</exception>
    public static IReadOnlyList<Row> Read(IReadOnlyList<string> lines, string path, IReadOnlyList<string> header, int optionalTrailingColumns, string labelName)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(path);
        if (lines.Count == 0 || !lines[0].TrimStart('\uFEFF').TrimEnd('\r').Split('\t').Select(h => h.Trim()).SequenceEqual(header, StringComparer.OrdinalIgnoreCase))
        {
            throw new GoldLabelException(path, 1, $"the header must be '{string.Join("<TAB>", header)}'.");
        }

        var rows = new List<Row>();
        var seen = new Dictionary<TaskKey, int>();
        for (var n = 1; n < lines.Count; n++)
        {
            var line = lines[n].TrimEnd('\r');
            var number = n + 1;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length < header.Count - optionalTrailingColumns || cells.Length > header.Count)
            {
                throw new GoldLabelException(path, number, $"expected {header.Count} tab-separated columns, found {cells.Length}.");
            }

            var document = cells[0].Trim();
            var label = cells[2].Trim();
            if (document.Length == 0 || label.Length == 0)
            {
                throw new GoldLabelException(path, number, $"document and {labelName} must not be empty.");
            }

            if (!int.TryParse(cells[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal) || ordinal < 1)
            {
                throw new GoldLabelException(path, number, $"ordinal must be a positive whole number, found '{cells[1]}'.");
            }

            var key = new TaskKey(document, ordinal);
            if (!seen.TryAdd(key, number))
            {
                throw new GoldLabelException(path, number, $"task {key} is already labelled on line {seen[key]}.");
            }

            rows.Add(new Row(number, key, label, cells));
        }

        if (rows.Count == 0)
        {
            throw new GoldLabelException(path, null, "no label rows after the header.");
        }

        return rows;
    }
}
