namespace PolicyCompare.Export;

/// <summary>
/// An output folder was refused (it holds someone's files, is an input, the current folder, the home folder …) or
/// could not be written. Nothing was deleted or replaced.
/// </summary>
public sealed class OutputFolderException : PolicyCompareException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The output folder, as the user gave it.</param>
    /// <param name="message">What was wrong and how to proceed, for a person to read.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public OutputFolderException(string path, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Path = path;
    }

    /// <summary>The output folder, as the user gave it.</summary>
    public string Path { get; }
}
