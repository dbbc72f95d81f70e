using PolicyCompare.Analysis;
using PolicyCompare.Export;

namespace PolicyCompare.Reporting.Composition;

/// <summary>
/// The data files of a report folder: <c>data/*.csv</c> (the corpus tables — documents, tasks, responsibilities,
/// targets, topics — the alignments, every metric table of the analysis, and coverage and load grouped by each custom
/// document variable), <c>data/*.parquet</c> of the same tables
/// when asked for, and <c>analysis.json</c> (the core's <see cref="AnalysisJson"/> form).
/// CSVs use the core's <see cref="CsvTableWriter"/> format; output is deterministic.
/// </summary>
public static class ReportDataFiles
{
    /// <summary>Every table written to <c>data/</c>, in file order.</summary>
    /// <param name="inputs">The analysis and alignments.</param>
    /// <returns>The tables (their names are the CSV file stems).</returns>
    public static IReadOnlyList<ResultTable> Tables(ReportInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        CorpusAnalysis analysis = inputs.Analysis;
        return [.. analysis.ToCorpusTables(), inputs.Alignments.ToTable(), .. analysis.ToTables(), .. analysis.ToVariableGroupTables()];
    }

    /// <summary>The CSV files and <c>analysis.json</c>.</summary>
    /// <param name="inputs">The analysis and alignments.</param>
    /// <returns>Files for <see cref="ReportFolderWriter"/>.</returns>
    public static IReadOnlyList<ReportFile> Files(ReportInputs inputs) => Files(inputs, ReportFormats.None);

    /// <summary>The CSV files, <c>analysis.json</c>, and <c>data/*.parquet</c> when <paramref name="formats"/> asks for Parquet.</summary>
    /// <param name="inputs">The analysis and alignments.</param>
    /// <param name="formats">The requested formats; only <see cref="ReportFormats.Parquet"/> matters here.</param>
    /// <returns>Files for <see cref="ReportFolderWriter"/>.</returns>
    public static IReadOnlyList<ReportFile> Files(ReportInputs inputs, ReportFormats formats)
    {
        IReadOnlyList<ResultTable> tables = Tables(inputs);
        byte[] preamble = CsvTableWriter.FileEncoding.GetPreamble();
        var files = tables
            .Select(table => ReportFile.FromBytes("data/" + table.Name + ".csv", [.. preamble, .. CsvTableWriter.FileEncoding.GetBytes(CsvTableWriter.ToCsv(table))]))
            .ToList();
        if (formats.HasFlag(ReportFormats.Parquet))
        {
            files.AddRange(tables.Select(table => new ReportFile("data/" + table.Name + ".parquet", stream => stream.Write(ParquetTableWriter.ToBytes(table)))));
        }

        files.Add(new ReportFile("analysis.json", stream => AnalysisJson.Write(inputs.Analysis, stream)));
        return files;
    }
}
