using PolicyCompare.Alignment;
using PolicyCompare.Corpus;

namespace PolicyCompare.Evaluation;

/// <summary>Expert topic labels read from a TSV file with the header <c>document&lt;TAB&gt;ordinal&lt;TAB&gt;topic</c>.</summary>
/// <param name="FilePath">The file the labels were read from.</param>
/// <param name="Labels">The labels in file order.</param>
public sealed record GoldLabels(string FilePath, IReadOnlyList<GoldLabel> Labels)
{
    /// <summary>The expected header columns.</summary>
    public static IReadOnlyList<string> Header { get; } = ["document", "ordinal", "topic"];

    /// <summary>Reads a gold file.</summary>
    /// <param name="path">The TSV file.</param>
    /// <returns>The labels.</returns>
    /// <exception cref="GoldLabelException">The file is missing, has a wrong header, a malformed or repeated row.</exception>
    public static GoldLabels Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new GoldLabelException(path, null, "file not found.");
        }

        return Parse(File.ReadAllLines(path), path);
    }

    /// <summary>Parses the lines of a gold file.</summary>
    /// <param name="lines">The lines, header first.</param>
    /// <param name="path">The file name, for error messages.</param>
    /// <returns>The labels.</returns>
    /// <exception cref="GoldLabelException">Wrong header, a malformed or repeated row, or no row at all.</exception>
    public static GoldLabels Parse(IReadOnlyList<string> lines, string path) =>
        new(path, LabelFileReader.Read(lines, path, Header, optionalTrailingColumns: 0, "topic").Select(r => new GoldLabel(r.Task, r.Label, r.Line)).ToArray());

    /// <summary>Checks that every labelled task exists in the corpus.</summary>
    /// <param name="corpus">The corpus being evaluated.</param>
    /// <exception cref="GoldLabelException">A row names a document or task the corpus lacks.</exception>
    public void EnsureCoveredBy(PolicyCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var tasks = corpus.AllTasks.Select(t => new TaskKey(t.Document.Id, t.Task.Ordinal)).ToHashSet();
        var documents = corpus.Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var label in Labels)
        {
            if (!documents.Contains(label.Task.DocumentId))
            {
                throw new GoldLabelException(FilePath, label.Line, $"document '{label.Task.DocumentId}' is not in the corpus (documents: {string.Join(", ", documents.Order(StringComparer.Ordinal))}).");
            }

            if (!tasks.Contains(label.Task))
            {
                var count = corpus[label.Task.DocumentId].Tasks.Count;
                throw new GoldLabelException(FilePath, label.Line, $"document '{label.Task.DocumentId}' has {count} tasks; there is no task {label.Task.Ordinal}.");
            }
        }
    }
}
