namespace PolicyCompare.Reporting;

/// <summary>Turns a <see cref="ReportDocument"/> into one text file of the report folder.</summary>
public interface IReportRenderer
{
    /// <summary>File name the rendering is saved under in the report folder (e.g. "report.html").</summary>
    string FileName { get; }

    /// <summary>Renders the document.</summary>
    /// <param name="document">The content; validated first.</param>
    /// <returns>The file's text.</returns>
    string Render(ReportDocument document);
}
