using PolicyCompare.Analysis;

namespace PolicyCompare.Export;

/// <summary>Exports a whole <see cref="CorpusAnalysis"/>.</summary>
public static class AnalysisExport
{
    /// <summary>
    /// Every table of the analysis: coverage, then drift, then load tables; a table keyed by <c>document_id</c> also
    /// carries the corpus's custom document variables as columns.
    /// </summary>
    /// <param name="analysis">The analysis.</param>
    /// <returns>The tables.</returns>
    public static IReadOnlyList<ResultTable> ToTables(this CorpusAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ResultTable[] tables = [.. analysis.Coverage.ToTables(), .. analysis.TargetDrift.ToTables(), .. analysis.DepartmentLoad.ToTables()];
        return tables.Select(t => t.WithDocumentVariables(analysis.Corpus)).ToList();
    }

    /// <summary>The output kind of CSV folders: their marker file is <c>.policycompare-csv</c>.</summary>
    public const string CsvOutputKind = "csv";

    /// <summary>
    /// Writes every table as <c>&lt;table name&gt;.csv</c> (see <see cref="CsvTableWriter"/> for the format) into a folder,
    /// creating or replacing it atomically. The folder is checked by <see cref="OutputFolder.Check"/> (kind
    /// <see cref="CsvOutputKind"/>, without force, the corpus's sources protected): a non-empty folder this method did
    /// not write is refused, never overwritten.
    /// </summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="directory">The output folder.</param>
    /// <returns>The written file paths, in table order.</returns>
    /// <exception cref="OutputFolderException">The folder is refused, or cannot be written.</exception>
    public static IReadOnlyList<string> WriteCsv(this CorpusAnalysis analysis, string directory)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        return analysis.WriteCsv(OutputFolder.Check(directory, CsvOutputKind, analysis.Corpus.Sources));
    }

    /// <summary>Writes every table as <c>&lt;table name&gt;.csv</c> into a checked output folder (see <see cref="WriteCsv(CorpusAnalysis, string)"/>).</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="target">The folder, from <see cref="OutputFolder.Check"/> (any kind; its marker names it).</param>
    /// <param name="cancellationToken">Cancels the write; an existing folder stays as it was.</param>
    /// <returns>The written file paths, in table order.</returns>
    /// <exception cref="OutputFolderException">The folder is refused, or cannot be written.</exception>
    public static IReadOnlyList<string> WriteCsv(this CorpusAnalysis analysis, OutputFolder target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(target);
        var tables = analysis.ToTables();
        target.Write(folder =>
        {
            foreach (var table in tables)
            {
                cancellationToken.ThrowIfCancellationRequested();
                CsvTableWriter.WriteFile(table, Path.Combine(folder, table.Name + ".csv"));
            }
        }, cancellationToken);
        return tables.Select(t => Path.Combine(target.FullPath, t.Name + ".csv")).ToArray();
    }
}
