using PolicyCompare.Analysis;

namespace PolicyCompare.Export;

/// <summary>Writes every table of a <see cref="CorpusAnalysis"/> as Parquet, for DuckDB, Spark, pandas/polars and R's arrow.</summary>
public static class AnalysisParquetExport
{
    /// <summary>
    /// Every table: the corpus tables (<see cref="CorpusTables.ToCorpusTables"/>: documents, tasks, responsibilities,
    /// targets, topics), the metric tables (<see cref="AnalysisExport.ToTables"/>), then coverage and load grouped by
    /// each custom document variable (<see cref="DocumentGroupTables.ToVariableGroupTables"/>).
    /// </summary>
    /// <param name="analysis">The analysis.</param>
    /// <returns>The tables, in file order.</returns>
    public static IReadOnlyList<ResultTable> ToAllTables(this CorpusAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return [.. analysis.ToCorpusTables(), .. analysis.ToTables(), .. analysis.ToVariableGroupTables()];
    }

    /// <summary>
    /// Writes each table of <see cref="ToAllTables"/> as <c>&lt;table name&gt;.parquet</c> into a folder, creating it
    /// (format: <see cref="ParquetTableWriter"/>). Each file is written beside its final name and then moved over it, so
    /// a reader never sees half a file.
    /// </summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="directory">The output folder.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The written file paths, in table order.</returns>
    /// <exception cref="PolicyCompareException">The folder cannot be created or a file cannot be written.</exception>
    public static async Task<IReadOnlyList<string>> WriteParquetAsync(this CorpusAnalysis analysis, string directory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var paths = new List<string>();
        try
        {
            Directory.CreateDirectory(directory);
            foreach (var table in analysis.ToAllTables())
            {
                var path = Path.Combine(directory, table.Name + ".parquet");
                var partial = path + ".partial";
                await using (var stream = File.Create(partial))
                {
                    await ParquetTableWriter.WriteAsync(table, stream, cancellationToken).ConfigureAwait(false);
                }

                File.Move(partial, path, overwrite: true);
                paths.Add(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PolicyCompareException($"{directory}: cannot write the analysis Parquet files ({e.Message}).", e);
        }

        return paths;
    }

    /// <summary>Writes every table as Parquet; the blocking form of <see cref="WriteParquetAsync"/>.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="directory">The output folder.</param>
    /// <returns>The written file paths, in table order.</returns>
    /// <exception cref="PolicyCompareException">The folder cannot be created or a file cannot be written.</exception>
    public static IReadOnlyList<string> WriteParquet(this CorpusAnalysis analysis, string directory) =>
        Task.Run(() => analysis.WriteParquetAsync(directory)).GetAwaiter().GetResult();
}
