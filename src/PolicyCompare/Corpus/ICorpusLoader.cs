namespace PolicyCompare.Corpus;

/// <summary>Reads files or folders of plans (with or without a <c>corpus.json</c> manifest) into a <see cref="PolicyCorpus"/>.</summary>
public interface ICorpusLoader
{
    /// <summary>Loads every plan found at the given paths.</summary>
    /// <param name="paths">Files, or folders holding plans and optionally a <c>corpus.json</c> manifest.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The corpus, documents ordered by year then id; files that could not be read or parsed are in <see cref="PolicyCorpus.Skipped"/>.</returns>
    /// <exception cref="PolicyCompareException">
    /// A path is missing or holds no documents, the manifest is invalid, no file could be loaded, or a file could not be
    /// loaded under <see cref="CorpusOptions.Strict"/>.
    /// </exception>
    PolicyCorpus Load(IReadOnlyList<string> paths, CancellationToken cancellationToken = default);
}
