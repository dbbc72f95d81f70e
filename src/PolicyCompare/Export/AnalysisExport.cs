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

    /// <summary>Writes every table as <c>&lt;table name&gt;.csv</c> (see <see cref="CsvTableWriter"/> for the format) into a folder, creating it.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="directory">The output folder.</param>
    /// <returns>The written file paths, in table order.</returns>
    /// <exception cref="PolicyCompareException">The folder cannot be created or a file cannot be written.</exception>
    public static IReadOnlyList<string> WriteCsv(this CorpusAnalysis analysis, string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var paths = new List<string>();
        try
        {
            Directory.CreateDirectory(directory);
            foreach (var table in analysis.ToTables())
            {
                var path = Path.Combine(directory, table.Name + ".csv");
                CsvTableWriter.WriteFile(table, path);
                paths.Add(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PolicyCompareException($"{directory}: cannot write the analysis CSV files ({e.Message}).", e);
        }

        return paths;
    }
}
