using System.Text;

namespace PolicyCompare.Corpus;

/// <summary>
/// Decodes plan files: UTF-8 with or without BOM, UTF-16 LE/BE with or without BOM, and GB18030/GBK, detected
/// automatically. Empty and binary files (NUL bytes that are not UTF-16, or mostly control characters) are rejected.
/// </summary>
public static class PlanTextDecoder
{
    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>Decodes the bytes of a plan file.</summary>
    /// <param name="bytes">The file content.</param>
    /// <param name="origin">The file name, for error messages.</param>
    /// <returns>The text and the encoding used.</returns>
    /// <exception cref="Parsing.PolicyParseException">The file is empty, binary, or in no supported encoding.</exception>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string origin)
    {
        if (bytes.Length == 0)
        {
            throw new Parsing.PolicyParseException(origin, "the file is empty; expected the text of a work plan.");
        }

        var decoded = DecodeCore(bytes, origin);
        if (string.IsNullOrWhiteSpace(decoded.Text.Replace("\uFEFF", "", StringComparison.Ordinal)))
        {
            throw new Parsing.PolicyParseException(origin, "the file holds only blanks; expected the text of a work plan.");
        }

        if (ControlShare(decoded.Text) > 0.05)
        {
            throw new Parsing.PolicyParseException(origin, "the file looks binary (control characters); expected a text or HTML work plan.");
        }

        return decoded;
    }

    private static DecodedText DecodeCore(ReadOnlySpan<byte> bytes, string origin)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new DecodedText(Strict(new UTF8Encoding(false, true), bytes[3..], origin, "utf-8"), "utf-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DecodedText(Strict(new UnicodeEncoding(false, false, true), bytes[2..], origin, "utf-16"), "utf-16");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DecodedText(Strict(new UnicodeEncoding(true, false, true), bytes[2..], origin, "utf-16BE"), "utf-16BE");
        }

        var candidates = new List<DecodedText>();
        var hasNul = bytes.Contains((byte)0);
        if (!hasNul && TryDecode(new UTF8Encoding(false, true), bytes, out var utf8))
        {
            return new DecodedText(utf8, "utf-8");
        }

        if (bytes.Length % 2 == 0)
        {
            if (TryDecode(new UnicodeEncoding(false, false, true), bytes, out var le))
            {
                candidates.Add(new DecodedText(le, "utf-16"));
            }

            if (TryDecode(new UnicodeEncoding(true, false, true), bytes, out var be))
            {
                candidates.Add(new DecodedText(be, "utf-16BE"));
            }
        }

        if (!hasNul && TryDecode(Gb18030.Value, bytes, out var gb))
        {
            candidates.Add(new DecodedText(gb, "gb18030"));
        }

        var best = candidates.OrderByDescending(c => Plausibility(c.Text)).FirstOrDefault();
        if (best is null || Plausibility(best.Text) < 0.9)
        {
            throw new Parsing.PolicyParseException(origin, hasNul
                ? "the file looks binary (NUL bytes that are not UTF-16 text); expected a text or HTML work plan."
                : "the file is in no supported encoding; expected UTF-8, UTF-16 or GB18030/GBK text.");
        }

        return best;
    }

    private static string Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string origin, string name) =>
        TryDecode(encoding, bytes, out var text)
            ? text
            : throw new Parsing.PolicyParseException(origin, $"the file starts with a {name} byte-order mark but is not valid {name}.");

    private static bool TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = encoding.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    /// <summary>Share of characters that plausibly occur in a Chinese plan (CJK, ASCII text, punctuation, blanks).</summary>
    private static double Plausibility(string text)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var good = 0;
        foreach (var c in text)
        {
            if (c is '\n' or '\r' or '\t' || c is >= ' ' and < '\u007F' || c is >= '\u4E00' and <= '\u9FFF' || c is >= '\u3000' and <= '\u303F'
                || c is >= '\uFF00' and <= '\uFFEF' || c is >= '\u2000' and <= '\u206F' || c is >= '\u2460' and <= '\u24FF' || c is '\u00B7' or '\u00A0')
            {
                good++;
            }
        }

        return (double)good / text.Length;
    }

    private static double ControlShare(string text)
    {
        var control = text.Count(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t' and not '\f');
        return text.Length == 0 ? 0 : (double)control / text.Length;
    }
}
