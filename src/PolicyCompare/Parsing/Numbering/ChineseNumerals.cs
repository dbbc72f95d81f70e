namespace PolicyCompare.Parsing.Numbering;

/// <summary>Reads Chinese numerals as used in document numbering (一 … 九十九, 一百…).</summary>
internal static class ChineseNumerals
{
    /// <summary>The characters that can make up a numeral.</summary>
    public const string Digits = "零〇一二两三四五六七八九十百";

    /// <summary>Parses a numeral such as 十七 or 二十三.</summary>
    /// <param name="text">The numeral.</param>
    /// <param name="value">Its value when the text is a well-formed numeral.</param>
    /// <returns>Whether the text is a well-formed numeral.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty)
        {
            return false;
        }

        var total = 0;
        var current = -1;
        foreach (var c in text)
        {
            var digit = DigitValue(c);
            if (digit >= 0)
            {
                if (current >= 0)
                {
                    return false; // two digits in a row (一二) is not a numeral
                }

                current = digit;
            }
            else if (c == '十')
            {
                if (total % 100 >= 10)
                {
                    return false;
                }

                total += (current < 0 ? 1 : current) * 10;
                current = -1;
            }
            else if (c == '百')
            {
                if (current < 0 || total > 0)
                {
                    return false;
                }

                total += current * 100;
                current = -1;
            }
            else
            {
                return false;
            }
        }

        if (current > 0)
        {
            total += current;
        }

        value = total;
        return total > 0;
    }

    /// <summary>The value of one Chinese digit (零〇 0, 一 1 … 九 9, 两 2), or −1.</summary>
    internal static int DigitValue(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };
}
