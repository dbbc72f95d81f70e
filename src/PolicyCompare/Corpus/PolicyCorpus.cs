using PolicyCompare.Documents;

namespace PolicyCompare.Corpus;

/// <summary>A set of parsed plans to compare, in a stable order (by year, then id).</summary>
/// <param name="Documents">The documents.</param>
public sealed record PolicyCorpus(IReadOnlyList<PolicyDocument> Documents)
{
    /// <summary>Things the loader inferred or decided that the user should be told (e.g. metadata inferred from titles).</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];

    /// <summary>Plan files that could not be read or parsed and were left out (listed in the report and <c>analysis.json</c>).</summary>
    public IReadOnlyList<SkippedFile> Skipped { get; init; } = [];

    /// <summary>
    /// The absolute paths the corpus was loaded from (the files and folders given, and every plan file read), so that
    /// writers can refuse to put output over an input.
    /// </summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>The document with the given id.</summary>
    /// <param name="id">A document id.</param>
    /// <exception cref="KeyNotFoundException">No document has that id.</exception>
    public PolicyDocument this[string id] =>
        Documents.FirstOrDefault(d => d.Id == id) ?? throw new KeyNotFoundException($"No document with id '{id}' in the corpus.");

    /// <summary>All tasks of all documents, in corpus order.</summary>
    public IEnumerable<(PolicyDocument Document, PolicyTask Task)> AllTasks =>
        Documents.SelectMany(d => d.Tasks.Select(t => (d, t)));
}
