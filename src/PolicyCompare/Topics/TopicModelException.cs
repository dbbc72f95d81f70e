namespace PolicyCompare.Topics;

/// <summary>A topic model file cannot be read: not JSON, an unknown format version, or parts that do not fit together.</summary>
public sealed class TopicModelException : PolicyCompareException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The model file.</param>
    /// <param name="problem">What is wrong with it.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public TopicModelException(string path, string problem, Exception? innerException = null)
        : base($"Cannot read the topic model '{path}': {problem}", innerException)
    {
        Path = path;
    }

    /// <summary>The model file.</summary>
    public string Path { get; }
}
