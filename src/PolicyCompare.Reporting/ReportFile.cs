using System.Text;

namespace PolicyCompare.Reporting;

/// <summary>An extra file of the report folder (data/*.csv, analysis.json …), written by a callback.</summary>
/// <param name="RelativePath">Path inside the report folder with '/' separators, e.g. "data/coverage.csv".</param>
/// <param name="Write">Writes the file's content to the given stream.</param>
public sealed record ReportFile(string RelativePath, Action<Stream> Write)
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>A UTF-8 text file (no byte-order mark).</summary>
    /// <param name="relativePath">Path inside the report folder.</param>
    /// <param name="text">Content.</param>
    /// <returns>The file.</returns>
    public static ReportFile FromText(string relativePath, string text) =>
        new(relativePath, stream => stream.Write(Utf8NoBom.GetBytes(text)));

    /// <summary>A binary file.</summary>
    /// <param name="relativePath">Path inside the report folder.</param>
    /// <param name="bytes">Content.</param>
    /// <returns>The file.</returns>
    public static ReportFile FromBytes(string relativePath, byte[] bytes) =>
        new(relativePath, stream => stream.Write(bytes));
}
