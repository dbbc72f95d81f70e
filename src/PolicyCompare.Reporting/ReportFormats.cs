namespace PolicyCompare.Reporting;

/// <summary>Which renderings of the report to write, and whether the data tables are also written as Parquet.</summary>
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

    /// <summary><c>data/*.parquet</c>: every data table also as Parquet, beside the CSV files.</summary>
    Parquet = 4,
}
