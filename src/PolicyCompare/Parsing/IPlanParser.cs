using PolicyCompare.Documents;

namespace PolicyCompare.Parsing;

/// <summary>Turns the decoded text of a work plan into a <see cref="PolicyDocument"/>.</summary>
public interface IPlanParser
{
    /// <summary>Parses one plan.</summary>
    /// <param name="sourceText">The decoded source text; it is kept unaltered in the result.</param>
    /// <param name="metadata">Known metadata; fields left null may be inferred from the text.</param>
    /// <returns>The parsed document.</returns>
    /// <exception cref="PolicyParseException">The text has no recognizable task structure.</exception>
    PolicyDocument Parse(string sourceText, DocumentMetadata metadata);
}
