using System.Text;
using PolicyCompare.Export;

namespace PolicyCompare.Reporting;

/// <summary>
/// Writes a report folder through <see cref="OutputFolder"/>: it replaces only a folder that a report was written to
/// (the <c>.policycompare-report</c> marker), refuses any other non-empty folder unless forced, and never writes over
/// an input, the current folder or the home folder. Everything goes into a hidden temporary folder next to the target,
/// which is then renamed onto it; on any failure or cancellation the temporary folder is deleted, an existing report is
/// left as it was, and no partial output remains.
/// </summary>
public sealed class ReportFolderWriter
{
    /// <summary>The output kind of report folders: their marker file is <c>.policycompare-report</c>.</summary>
    public const string OutputKind = "report";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private readonly IReadOnlyList<IReportRenderer> renderers;

    /// <summary>Creates a writer with the HTML and Markdown renderers.</summary>
    public ReportFolderWriter()
        : this([new HtmlReportRenderer(), new MarkdownReportRenderer()])
    {
    }

    /// <summary>Creates a writer with the given renderers.</summary>
    /// <param name="renderers">Renderers; <see cref="HtmlReportRenderer"/> and <see cref="MarkdownReportRenderer"/> are selected by <see cref="ReportFormats"/>, others always run.</param>
    public ReportFolderWriter(IReadOnlyList<IReportRenderer> renderers)
    {
        this.renderers = renderers;
    }

    /// <summary>
    /// Writes <c>report.html</c> and/or <c>report.md</c>, <c>charts/*.png|svg</c> for every chart of the document,
    /// and <paramref name="files"/>, then puts the folder at <paramref name="targetDirectory"/> (checked by
    /// <see cref="OutputFolder.Check"/> without force and without inputs to protect).
    /// </summary>
    /// <param name="targetDirectory">The report folder to create or replace.</param>
    /// <param name="document">The report content.</param>
    /// <param name="files">Extra files (data, JSON), with paths relative to the folder.</param>
    /// <param name="formats">Renderings to write.</param>
    /// <exception cref="OutputFolderException">The folder is refused (someone's files, the current folder …).</exception>
    /// <exception cref="ReportWriteException">Writing failed (the cause is the inner exception).</exception>
    public void Write(string targetDirectory, ReportDocument document, IReadOnlyList<ReportFile> files, ReportFormats formats)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(targetDirectory);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(files);
        document.Validate();
        CheckRelativePaths(files);
        Write(OutputFolder.Check(targetDirectory, OutputKind), document, files, formats);
    }

    /// <summary>Writes the report into a checked output folder.</summary>
    /// <param name="target">The folder, from <see cref="OutputFolder.Check"/> with kind <see cref="OutputKind"/>.</param>
    /// <param name="document">The report content.</param>
    /// <param name="files">Extra files (data, JSON), with paths relative to the folder.</param>
    /// <param name="formats">Renderings to write.</param>
    /// <param name="cancellationToken">Cancels the write; the previous report stays as it was.</param>
    /// <exception cref="OutputFolderException">The folder is refused.</exception>
    /// <exception cref="ReportWriteException">Writing failed (the cause is the inner exception).</exception>
    /// <exception cref="OperationCanceledException">Cancelled; nothing was changed.</exception>
    public void Write(OutputFolder target, ReportDocument document, IReadOnlyList<ReportFile> files, ReportFormats formats, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(files);
        document.Validate();
        CheckRelativePaths(files);
        WriteInto(target, folder => WriteContent(folder, document, files, formats, cancellationToken), cancellationToken);
    }

    /// <summary>Runs <paramref name="writeContent"/> into the staging folder of <paramref name="target"/>, turning write failures into <see cref="ReportWriteException"/>.</summary>
    internal static void WriteInto(OutputFolder target, Action<string> writeContent, CancellationToken cancellationToken)
    {
        if (target.Kind != OutputKind)
        {
            throw new ArgumentException($"A report folder needs an output folder of kind '{OutputKind}', not '{target.Kind}'.", nameof(target));
        }

        try
        {
            target.Write(writeContent, cancellationToken);
        }
        catch (OutputFolderException exception) when (exception.InnerException is not null)
        {
            throw new ReportWriteException($"Writing the report to '{target.FullPath}' failed: {exception.InnerException.Message}", exception.InnerException);
        }
    }

    /// <summary>Checks the paths of the extra files before anything is written.</summary>
    internal static void CheckRelativePaths(IReadOnlyList<ReportFile> files)
    {
        foreach (ReportFile file in files)
        {
            CheckRelativePath(file.RelativePath);
        }
    }

    /// <summary>Writes the renderings, charts and files into <paramref name="folder"/>, checking for cancellation between files.</summary>
    internal void WriteContent(string folder, ReportDocument document, IReadOnlyList<ReportFile> files, ReportFormats formats, CancellationToken cancellationToken)
    {
        foreach (IReportRenderer renderer in renderers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            bool wanted = renderer switch
            {
                HtmlReportRenderer => formats.HasFlag(ReportFormats.Html),
                MarkdownReportRenderer => formats.HasFlag(ReportFormats.Markdown),
                _ => true,
            };
            if (wanted)
            {
                File.WriteAllText(Path.Combine(folder, renderer.FileName), renderer.Render(document), Utf8NoBom);
            }
        }

        foreach (ChartBlock chart in document.Charts())
        {
            cancellationToken.ThrowIfCancellationRequested();
            Directory.CreateDirectory(Path.Combine(folder, "charts"));
            File.WriteAllBytes(Path.Combine(folder, chart.PngPath), chart.Png);
            File.WriteAllText(Path.Combine(folder, chart.SvgPath), chart.Svg, Utf8NoBom);
        }

        foreach (ReportFile file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string path = Path.Combine(folder, file.RelativePath.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            file.Write(stream);
        }
    }

    private static void CheckRelativePath(string relativePath)
    {
        if (string.IsNullOrWhiteSpace(relativePath) || Path.IsPathRooted(relativePath) || relativePath.Contains('\\', StringComparison.Ordinal)
            || relativePath.Split('/').Any(part => part is "" or "." or ".."))
        {
            throw new ArgumentException($"Report file path '{relativePath}' must be relative, use '/' separators and contain no '.', '..' or empty parts.", nameof(relativePath));
        }
    }
}
