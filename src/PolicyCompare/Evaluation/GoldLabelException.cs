namespace PolicyCompare.Evaluation;

/// <summary>A gold-label file is malformed or names tasks the corpus lacks.</summary>
public sealed class GoldLabelException : PolicyCompareException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="filePath">The gold file.</param>
    /// <param name="line">The 1-based line at fault, or null for the whole file.</param>
    /// <param name="reason">What was wrong.</param>
    public GoldLabelException(string filePath, int? line, string reason)
        : base(line is null ? $"{filePath}: {reason}" : $"{filePath}:{line}: {reason}")
    {
        FilePath = filePath;
        Line = line;
        Reason = reason;
    }

    /// <summary>The gold file.</summary>
    public string FilePath { get; }

    /// <summary>The 1-based line at fault, or null for the whole file.</summary>
    public int? Line { get; }

    /// <summary>What was wrong.</summary>
    public string Reason { get; }
}
