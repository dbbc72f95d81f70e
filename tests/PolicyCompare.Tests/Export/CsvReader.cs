using System.Text;

namespace PolicyCompare.Tests.Export;

/// <summary>A strict RFC 4180 reader for round-trip tests (quoted fields may hold commas, quotes and line breaks).</summary>
internal static class CsvReader
{
    public static List<List<string>> Read(string csv)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted || field.Length > 0 || record.Count > 0)
        {
            throw new FormatException("CSV does not end with CRLF after a complete record.");
        }

        return records;
    }
}
