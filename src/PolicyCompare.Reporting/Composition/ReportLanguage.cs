namespace PolicyCompare.Reporting.Composition;

/// <summary>Language of the report's own words (headings, chart labels, readings); document text is quoted as written.</summary>
public enum ReportLanguage
{
    /// <summary>Simplified Chinese (the default).</summary>
    Chinese,

    /// <summary>English.</summary>
    English,
}
