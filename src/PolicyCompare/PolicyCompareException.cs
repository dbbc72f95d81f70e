namespace PolicyCompare;

/// <summary>Base type of every error PolicyCompare raises for bad input.</summary>
public class PolicyCompareException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was wrong, for a person to read.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public PolicyCompareException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
