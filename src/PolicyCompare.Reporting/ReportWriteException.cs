namespace PolicyCompare.Reporting;

/// <summary>The report folder could not be written; no partial folder is left behind.</summary>
public sealed class ReportWriteException : PolicyCompareException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed and where.</param>
    /// <param name="innerException">The underlying error.</param>
    public ReportWriteException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
