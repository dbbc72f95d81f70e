namespace PolicyCompare.Reporting;

/// <summary>Which renderings of the report to write.</summary>
[Flags]
public enum ReportFormats
{
    /// <summary>No rendering (data files and charts only).</summary>
    None = 0,

    /// <summary>report.html.</summary>
    Html = 1,

    /// <summary>report.md.</summary>
    Markdown = 2,

    /// <summary>Both renderings.</summary>
    All = Html | Markdown,
}
