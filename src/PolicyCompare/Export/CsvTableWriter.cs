using System.Globalization;
using System.Text;

namespace PolicyCompare.Export;

/// <summary>
/// Writes <see cref="ResultTable"/>s as RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they contain a
/// comma, double quote, CR or LF (quotes doubled). Files are UTF-8 <em>with</em> a byte-order mark so Excel shows
/// Chinese correctly; pandas (<c>encoding="utf-8-sig"</c>) and R (<c>readr</c>, <c>fileEncoding="UTF-8-BOM"</c>) read it.
/// Numbers use the invariant culture: integers plainly, doubles in shortest round-trip form, undefined values as
/// <c>NaN</c>; booleans as <c>true</c>/<c>false</c>; null as an empty field.
/// <para>
/// Spreadsheet-safe (OWASP "CSV Injection"): a <em>text</em> cell that starts with <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, a tab or a carriage return is written with a leading apostrophe (<c>'=HYPERLINK(…)</c>), so Excel and
/// LibreOffice show it as text instead of evaluating a formula. Numbers (integer and real columns) are never
/// prefixed, so <c>-0.5</c> stays a number. <c>analysis.json</c> keeps every text verbatim.
/// </para>
/// </summary>
public static class CsvTableWriter
{
    /// <summary>The encoding of CSV files: UTF-8 with a byte-order mark.</summary>
    public static Encoding FileEncoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Writes a table to a text writer (no byte-order mark; that is the file's concern).</summary>
    /// <param name="table">The table.</param>
    /// <param name="writer">Where to write.</param>
    public static void Write(ResultTable table, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(writer);
        WriteRecord(writer, table.Columns.Select(c => c.Name));
        foreach (var row in table.Rows)
        {
            WriteRecord(writer, row.Select(Format));
        }
    }

    /// <summary>The CSV text of a table.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The CSV text, without a byte-order mark.</returns>
    public static string ToCsv(ResultTable table)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(table, writer);
        return writer.ToString();
    }

    /// <summary>Writes a table to a file (UTF-8 with byte-order mark), replacing it.</summary>
    /// <param name="table">The table.</param>
    /// <param name="path">The file path.</param>
    public static void WriteFile(ResultTable table, string path)
    {
        using var writer = new StreamWriter(path, append: false, FileEncoding);
        Write(table, writer);
    }

    /// <summary>Formats one value the way it is written to CSV (before quoting).</summary>
    /// <param name="value">A table value.</param>
    /// <returns>Its invariant text.</returns>
    public static string Format(object? value) => value switch
    {
        null => string.Empty,
        string s => NeutralizeFormula(s),
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d when double.IsNaN(d) => "NaN",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => throw new ArgumentException($"Unsupported CSV value type {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>
    /// Text as a spreadsheet shows it inertly: a leading apostrophe before <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or
    /// carriage return (the characters that start a formula or a DDE call), per the OWASP CSV Injection guidance.
    /// </summary>
    /// <param name="text">A text cell.</param>
    /// <returns>The text, prefixed with <c>'</c> when it could start a formula.</returns>
    public static string NeutralizeFormula(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
    }

    private static void WriteRecord(TextWriter writer, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                writer.Write(',');
            }

            first = false;
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                writer.Write('"');
                writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(field);
            }
        }

        writer.Write("\r\n");
    }
}
