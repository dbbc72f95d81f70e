namespace PolicyCompare.Parsing;

/// <summary>A document could not be read or parsed as a work plan.</summary>
public sealed class PolicyParseException : PolicyCompareException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="filePath">The file (or document id) that was being read.</param>
    /// <param name="reason">What was expected and what was found.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public PolicyParseException(string filePath, string reason, Exception? innerException = null)
        : base($"{filePath}: {reason}", innerException)
    {
        FilePath = filePath;
        Reason = reason;
    }

    /// <summary>The file (or document id) that was being read.</summary>
    public string FilePath { get; }

    /// <summary>What was expected and what was found.</summary>
    public string Reason { get; }
}
