namespace PolicyCompare.Corpus;

/// <summary>A plan file the loader could not read or parse, left out of the corpus so the other plans are still analysed.</summary>
/// <param name="Path">The file, as found (the corpus folder joined with its name, or the path given).</param>
/// <param name="Reason">Why it was left out, e.g. "the file looks binary (control characters); expected a text or HTML work plan."</param>
public sealed record SkippedFile(string Path, string Reason)
{
    /// <summary>One line naming the file and the reason.</summary>
    /// <returns><c>path: reason</c>.</returns>
    public override string ToString() => $"{Path}: {Reason}";
}
