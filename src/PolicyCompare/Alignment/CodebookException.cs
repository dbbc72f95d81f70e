namespace PolicyCompare.Alignment;

/// <summary>A topic codebook could not be read.</summary>
public sealed class CodebookException : PolicyCompareException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The file (or description of the source) being read.</param>
    /// <param name="reason">What was wrong.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public CodebookException(string source, string reason, Exception? innerException = null)
        : base($"{source}: {reason}", innerException)
    {
        CodebookSource = source;
    }

    /// <summary>The file (or description of the source) that was being read.</summary>
    public string CodebookSource { get; }
}
