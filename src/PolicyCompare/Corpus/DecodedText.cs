namespace PolicyCompare.Corpus;

/// <summary>Text decoded from a file, with the encoding it was read as.</summary>
/// <param name="Text">The decoded text (a byte-order mark is not part of it).</param>
/// <param name="EncodingName">The encoding's web name: <c>utf-8</c>, <c>utf-16</c>, <c>utf-16BE</c>, <c>gb18030</c>.</param>
public sealed record DecodedText(string Text, string EncodingName);
