namespace PolicyCompare.Text;

/// <summary>Splits Chinese policy text into words (terms) for keyword statistics and featurization.</summary>
public interface ITextSegmenter
{
    /// <summary>Segments text into terms, dropping punctuation, whitespace and stop words.</summary>
    /// <param name="text">The text to segment.</param>
    /// <returns>The terms in text order.</returns>
    IReadOnlyList<string> Segment(string text);
}
