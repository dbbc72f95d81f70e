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

    /// <summary>Composes and writes the report.</summary>
    /// <param name="targetDirectory">The report folder to create or replace.</param>
    /// <param name="inputs">Analysis, alignments and task map.</param>
    /// <param name="options">Language and size limits.</param>
    /// <param name="formats">Renderings to write (data files and charts are always written).</param>
    /// <returns>The composed document.</returns>
    /// <exception cref="ReportWriteException">The folder could not be written; nothing partial is left.</exception>
    public ReportDocument Write(string targetDirectory, ReportInputs inputs, ReportOptions options, ReportFormats formats)
    {
        ReportDocument document = builder.Build(inputs, options);
        folderWriter.Write(targetDirectory, document, ReportDataFiles.Files(inputs), formats);
        return document;
    }
}
