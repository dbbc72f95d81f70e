using System.Globalization;
using PolicyCompare.Alignment;
using PolicyCompare.Corpus;

namespace PolicyCompare.Evaluation;

/// <summary>
/// Expert labels of every topic each task addresses, read from a TSV file with the header
/// <c>document&lt;TAB&gt;ordinal&lt;TAB&gt;primary&lt;TAB&gt;also_addresses</c> (the last column comma-separated, may be empty).
/// </summary>
/// <param name="FilePath">The file the labels were read from.</param>
/// <param name="Labels">The labels in file order.</param>
public sealed record AddressedLabels(string FilePath, IReadOnlyList<AddressedLabel> Labels)
{
    /// <summary>The expected header columns.</summary>
    public static IReadOnlyList<string> Header { get; } = ["document", "ordinal", "primary", "also_addresses"];

    /// <summary>Reads a file.</summary>
    /// <param name="path">The TSV file.</param>
    /// <returns>The labels.</returns>
    /// <exception cref="GoldLabelException">The file is missing, has a wrong header, a malformed or repeated row.</exception>
    public static AddressedLabels Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new GoldLabelException(path, null, "file not found.");
        }

        return Parse(File.ReadAllLines(path), path);
    }

    /// <summary>Parses the lines of a file.</summary>
    /// <param name="lines">The lines, header first.</param>
    /// <param name="path">The file name, for error messages.</param>
    /// <returns>The labels.</returns>
    /// <exception cref="GoldLabelException">Wrong header, a malformed or repeated row, or no row at all.</exception>
    public static AddressedLabels Parse(IReadOnlyList<string> lines, string path)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(path);
        if (lines.Count == 0 || !lines[0].TrimStart('\uFEFF').TrimEnd('\r').Split('\t').Select(h => h.Trim()).SequenceEqual(Header, StringComparer.OrdinalIgnoreCase))
        {
            throw new GoldLabelException(path, 1, "the header must be 'document<TAB>ordinal<TAB>primary<TAB>also_addresses'.");
        }

        var labels = new List<AddressedLabel>();
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
            if (cells.Length is < 3 or > 4)
            {
                throw new GoldLabelException(path, number, $"expected 4 tab-separated columns, found {cells.Length}.");
            }

            var document = cells[0].Trim();
            var primary = cells[2].Trim();
            if (document.Length == 0 || primary.Length == 0)
            {
                throw new GoldLabelException(path, number, "document and primary topic must not be empty.");
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

            var also = cells.Length == 4
                ? cells[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(t => t != primary).Distinct(StringComparer.Ordinal).ToArray()
                : [];
            labels.Add(new AddressedLabel(key, primary, also, number));
        }

        if (labels.Count == 0)
        {
            throw new GoldLabelException(path, null, "no label rows after the header.");
        }

        return new AddressedLabels(path, labels);
    }

    /// <summary>Checks that every labelled task exists in the corpus.</summary>
    /// <param name="corpus">The corpus being evaluated.</param>
    /// <exception cref="GoldLabelException">A row names a document or task the corpus lacks.</exception>
    public void EnsureCoveredBy(PolicyCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        new GoldLabels(FilePath, Labels.Select(l => new GoldLabel(l.Task, l.Primary, l.Line)).ToArray()).EnsureCoveredBy(corpus);
    }
}
