using System.Text;

namespace PolicyCompare.Reporting;

/// <summary>
/// Writes a report folder atomically: everything goes into a hidden temporary folder next to the target, which is
/// then renamed onto the target (an existing report is moved aside first and deleted only after the new one is in
/// place). On any failure the temporary folder is deleted, an existing report is left as it was, and no partial
/// output remains.
/// </summary>
public sealed class ReportFolderWriter
{
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
    /// and <paramref name="files"/>, then puts the folder at <paramref name="targetDirectory"/>.
    /// </summary>
    /// <param name="targetDirectory">The report folder to create or replace.</param>
    /// <param name="document">The report content.</param>
    /// <param name="files">Extra files (data, JSON), with paths relative to the folder.</param>
    /// <param name="formats">Renderings to write.</param>
    /// <exception cref="ReportWriteException">Writing failed (the cause is the inner exception).</exception>
    public void Write(string targetDirectory, ReportDocument document, IReadOnlyList<ReportFile> files, ReportFormats formats)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(targetDirectory);
        ArgumentNullException.ThrowIfNull(document);
        document.Validate();
        foreach (ReportFile file in files)
        {
            CheckRelativePath(file.RelativePath);
        }

        string target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(targetDirectory));
        string name = Path.GetFileName(target);
        string parent = Path.GetDirectoryName(target)
            ?? throw new ReportWriteException($"Cannot write a report over the file-system root '{target}'.");
        if (File.Exists(target))
        {
            throw new ReportWriteException($"Cannot write the report to '{target}': a file with that name exists.");
        }

        string temporary = Path.Combine(parent, $".{name}.tmp-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(parent);
            Directory.CreateDirectory(temporary);
            WriteContent(temporary, document, files, formats);
            MoveIntoPlace(temporary, target, parent, name);
        }
        catch (Exception exception)
        {
            DeleteQuietly(temporary);
            if (exception is ReportWriteException)
            {
                throw;
            }

            throw new ReportWriteException($"Writing the report to '{target}' failed: {exception.Message}", exception);
        }
    }

    private void WriteContent(string folder, ReportDocument document, IReadOnlyList<ReportFile> files, ReportFormats formats)
    {
        foreach (IReportRenderer renderer in renderers)
        {
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
            Directory.CreateDirectory(Path.Combine(folder, "charts"));
            File.WriteAllBytes(Path.Combine(folder, chart.PngPath), chart.Png);
            File.WriteAllText(Path.Combine(folder, chart.SvgPath), chart.Svg, Utf8NoBom);
        }

        foreach (ReportFile file in files)
        {
            string path = Path.Combine(folder, file.RelativePath.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            file.Write(stream);
        }
    }

    private static void MoveIntoPlace(string temporary, string target, string parent, string name)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(temporary, target);
            return;
        }

        string previous = Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}");
        Directory.Move(target, previous);
        try
        {
            Directory.Move(temporary, target);
        }
        catch
        {
            Directory.Move(previous, target);
            throw;
        }

        // The new report is in place; failing to remove the old copy must not fail the run.
        DeleteQuietly(previous);
    }

    private static void CheckRelativePath(string relativePath)
    {
        if (string.IsNullOrWhiteSpace(relativePath) || Path.IsPathRooted(relativePath) || relativePath.Contains('\\', StringComparison.Ordinal)
            || relativePath.Split('/').Any(part => part is "" or "." or ".."))
        {
            throw new ArgumentException($"Report file path '{relativePath}' must be relative, use '/' separators and contain no '.', '..' or empty parts.", nameof(relativePath));
        }
    }

    private static void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // Best effort: the folder is hidden and uniquely named; nothing reads it.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
