using System.Globalization;
using System.Net;
using System.Text;

namespace PolicyCompare.Interactive;

/// <summary>
/// A compact HTML table for a notebook output: a caption, a header row, at most <see cref="MaxRows"/> body rows and a
/// closing line saying how many rows were left out. Cell text is HTML-encoded.
/// </summary>
internal sealed class HtmlTable
{
    /// <summary>Rows shown before the rest are summarised, so one output stays readable (and a committed notebook small).</summary>
    public const int MaxRows = 25;

    private readonly string[] _headers;
    private readonly List<string[]> _rows = [];
    private readonly bool[] _numeric;

    public HtmlTable(params string[] headers)
    {
        _headers = headers;
        _numeric = new bool[headers.Length];
    }

    /// <summary>Marks columns whose cells are right-aligned numbers.</summary>
    public HtmlTable Numeric(params int[] columns)
    {
        foreach (var column in columns)
        {
            _numeric[column] = true;
        }

        return this;
    }

    public HtmlTable Add(params string?[] cells)
    {
        _rows.Add(cells.Select(c => c ?? string.Empty).ToArray());
        return this;
    }

    public int RowCount => _rows.Count;

    /// <summary>The table as HTML; <paramref name="caption"/> is plain text.</summary>
    public string ToHtml(string caption, string? id = null)
    {
        var html = new StringBuilder();
        html.Append(id is null ? "<table class=\"policycompare\">" : $"<table class=\"policycompare\" id=\"{Encode(id)}\">");
        html.Append("<caption style=\"text-align:left;font-weight:bold\">").Append(Encode(caption)).Append("</caption><thead><tr>");
        foreach (var header in _headers)
        {
            html.Append("<th>").Append(Encode(header)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in _rows.Take(MaxRows))
        {
            html.Append("<tr>");
            for (var i = 0; i < _headers.Length; i++)
            {
                html.Append(_numeric[i] ? "<td style=\"text-align:right\">" : "<td>").Append(Encode(i < row.Length ? row[i] : string.Empty)).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody>");
        if (_rows.Count > MaxRows)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tfoot><tr><td colspan=\"{_headers.Length}\">… and {Plural(_rows.Count - MaxRows, "more row")}</td></tr></tfoot>");
        }

        return html.Append("</table>").ToString();
    }

    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>"1 task", "2 tasks".</summary>
    public static string Plural(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");

    public static string Number(double value, string format) =>
        double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "—";

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
