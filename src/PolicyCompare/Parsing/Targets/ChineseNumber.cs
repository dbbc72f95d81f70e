namespace PolicyCompare.Parsing.Targets;

/// <summary>
/// Reads numbers written in Chinese numerals as they appear in fractions and shares: 六十五, 一百, 十二, 三点五,
/// 一千二百, 两万 (up to 万 groups), and Arabic digits in the same places.
/// </summary>
internal static class ChineseNumber
{
    /// <summary>The characters a numeral may contain.</summary>
    public const string Characters = "零〇一二两三四五六七八九十百千万点";

    /// <summary>Parses a numeral.</summary>
    /// <param name="text">The numeral (Chinese or Arabic).</param>
    /// <param name="value">The value when the numeral is well formed.</param>
    /// <returns>Whether it is well formed.</returns>
    public static bool TryParse(string text, out double value)
    {
        value = 0;
        if (text.Length == 0)
        {
            return false;
        }

        if (text.All(c => char.IsAsciiDigit(c) || c == '.'))
        {
            return double.TryParse(text, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out value);
        }

        var point = text.IndexOf('点', StringComparison.Ordinal);
        if (point >= 0)
        {
            if (!TryParseInteger(text[..point], out var whole) || point + 1 >= text.Length)
            {
                return false;
            }

            var fraction = 0d;
            var scale = 0.1;
            foreach (var c in text[(point + 1)..])
            {
                var digit = Digit(c);
                if (digit < 0)
                {
                    return false;
                }

                fraction += digit * scale;
                scale /= 10;
            }

            value = whole + fraction;
            return true;
        }

        if (!TryParseInteger(text, out var integer))
        {
            return false;
        }

        value = integer;
        return true;
    }

    private static bool TryParseInteger(string text, out long value)
    {
        value = 0;
        if (text.Length == 0)
        {
            return false;
        }

        long section = 0; // below 万
        long digit = -1;
        var lastUnit = long.MaxValue;
        foreach (var c in text)
        {
            var d = Digit(c);
            if (d >= 0)
            {
                if (digit >= 0 && d != 0 && digit != 0)
                {
                    return false; // two digits in a row (六五) are not a numeral
                }

                digit = d;
                continue;
            }

            var unit = c switch { '十' => 10L, '百' => 100L, '千' => 1000L, _ => 0L };
            if (unit > 0)
            {
                if (unit >= lastUnit)
                {
                    return false; // 十十, 十百
                }

                section += (digit < 0 ? 1 : digit) * unit;
                digit = -1;
                lastUnit = unit;
                continue;
            }

            if (c == '万')
            {
                value += (section + Math.Max(digit, 0)) * 10_000;
                if (value == 0)
                {
                    return false;
                }

                section = 0;
                digit = -1;
                lastUnit = long.MaxValue;
                continue;
            }

            return false;
        }

        value += section + Math.Max(digit, 0);
        return true;
    }

    private static int Digit(char c) => c is >= '0' and <= '9' ? c - '0' : Numbering.ChineseNumerals.DigitValue(c);
}
