using PolicyCompare.Export;

namespace PolicyCompare.Reporting.Composition;

/// <summary>
/// Writes the complete report folder of an analysis, atomically: <c>report.html</c>, <c>report.md</c>,
/// <c>charts/*.png|svg</c>, <c>data/*.csv</c> and <c>analysis.json</c>.
/// </summary>
public sealed class PolicyReportWriter
{
    private readonly ReportBuilder builder;
    private readonly ReportFolderWriter folderWriter;

    /// <summary>Creates a writer with the default builder and folder writer.</summary>
    public PolicyReportWriter()
        : this(new ReportBuilder(), new ReportFolderWriter())
    {
    }

    /// <summary>Creates a writer from its parts (as registered by dependency injection).</summary>
    /// <param name="builder">Composes the document.</param>
    /// <param name="folderWriter">Writes the folder atomically.</param>
    public PolicyReportWriter(ReportBuilder builder, ReportFolderWriter folderWriter)
    {
        this.builder = builder;
        this.folderWriter = folderWriter;
    }

    /// <summary>
    /// Composes and writes the report. The folder is checked by <see cref="OutputFolder.Check"/> (kind
    /// <see cref="ReportFolderWriter.OutputKind"/>, without force) with the corpus's source paths protected.
    /// </summary>
    /// <param name="targetDirectory">The report folder to create or replace.</param>
    /// <param name="inputs">Analysis, alignments and task map.</param>
    /// <param name="options">Language and size limits.</param>
    /// <param name="formats">Renderings to write, and Parquet data files when asked (CSV data files and charts are always written).</param>
    /// <returns>The composed document.</returns>
    /// <exception cref="OutputFolderException">The folder is refused (someone's files, an input, the current folder …); nothing was touched.</exception>
    /// <exception cref="ReportWriteException">The folder could not be written; nothing partial is left.</exception>
    public ReportDocument Write(string targetDirectory, ReportInputs inputs, ReportOptions options, ReportFormats formats)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return Write(OutputFolder.Check(targetDirectory, ReportFolderWriter.OutputKind, inputs.Analysis.Corpus.Sources), inputs, options, formats);
    }

    /// <summary>
    /// Composes and writes the report into a folder checked before the analysis ran. Composition (drawing the charts)
    /// happens inside the write, so a cancellation at any point leaves the previous report as it was.
    /// </summary>
    /// <param name="target">The folder, from <see cref="OutputFolder.Check"/> with kind <see cref="ReportFolderWriter.OutputKind"/>.</param>
    /// <param name="inputs">Analysis, alignments and task map.</param>
    /// <param name="options">Language and size limits.</param>
    /// <param name="formats">Renderings to write, and Parquet data files when asked (CSV data files and charts are always written).</param>
    /// <param name="cancellationToken">Cancels composing and writing.</param>
    /// <returns>The composed document.</returns>
    /// <exception cref="OutputFolderException">The folder is refused; nothing was touched.</exception>
    /// <exception cref="ReportWriteException">The folder could not be written; nothing partial is left.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; the temporary folder is removed, the previous report untouched.</exception>
    public ReportDocument Write(OutputFolder target, ReportInputs inputs, ReportOptions options, ReportFormats formats, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(options);
        IReadOnlyList<ReportFile> files = ReportDataFiles.Files(inputs, formats);
        ReportFolderWriter.CheckRelativePaths(files);
        ReportDocument? document = null;
        ReportFolderWriter.WriteInto(target, folder =>
        {
            document = builder.Build(inputs, options, cancellationToken);
            document.Validate();
            folderWriter.WriteContent(folder, document, files, formats, cancellationToken);
        }, cancellationToken);
        return document!;
    }
}
