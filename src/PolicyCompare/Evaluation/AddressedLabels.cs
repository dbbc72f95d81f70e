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
    public static AddressedLabels Parse(IReadOnlyList<string> lines, string path) =>
        new(path, LabelFileReader.Read(lines, path, Header, optionalTrailingColumns: 1, "primary topic")
            .Select(r => new AddressedLabel(
                r.Task,
                r.Label,
                r.Cells.Length == 4
                    ? r.Cells[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(t => t != r.Label).Distinct(StringComparer.Ordinal).ToArray()
                    : [],
                r.Line))
            .ToArray());

    /// <summary>Checks that every labelled task exists in the corpus.</summary>
    /// <param name="corpus">The corpus being evaluated.</param>
    /// <exception cref="GoldLabelException">A row names a document or task the corpus lacks.</exception>
    public void EnsureCoveredBy(PolicyCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        new GoldLabels(FilePath, Labels.Select(l => new GoldLabel(l.Task, l.Primary, l.Line)).ToArray()).EnsureCoveredBy(corpus);
    }
}
