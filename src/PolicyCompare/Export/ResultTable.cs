namespace PolicyCompare.Export;

/// <summary>
/// A result in tabular (long) form: the single source of both the CSV files and the DataFrames, so they always agree.
/// </summary>
public sealed record ResultTable
{
    /// <summary>Creates a table, checking every value against its column type.</summary>
    /// <param name="name">Table name, also the CSV file stem (e.g. <c>coverage-matrix</c>).</param>
    /// <param name="columns">Columns.</param>
    /// <param name="rows">Rows; each value is a string, int, double or bool matching its column, or null (not for Real or Boolean).</param>
    /// <exception cref="ArgumentException">A row has the wrong length or a value the wrong type.</exception>
    public ResultTable(string name, IReadOnlyList<TableColumn> columns, IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        for (var r = 0; r < rows.Count; r++)
        {
            if (rows[r].Count != columns.Count)
            {
                throw new ArgumentException($"Table {name}: row {r} has {rows[r].Count} values for {columns.Count} columns.", nameof(rows));
            }

            for (var c = 0; c < columns.Count; c++)
            {
                if (!Fits(rows[r][c], columns[c].Type))
                {
                    throw new ArgumentException($"Table {name}: row {r}, column {columns[c].Name} holds {rows[r][c]?.GetType().Name ?? "null"}, not {columns[c].Type}.", nameof(rows));
                }
            }
        }

        Name = name;
        Columns = columns.ToArray();
        Rows = rows.Select(r => (IReadOnlyList<object?>)r.ToArray()).ToArray();
    }

    /// <summary>Table name, also the CSV file stem.</summary>
    public string Name { get; }

    /// <summary>Columns.</summary>
    public IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>Rows, in the result's stable order.</summary>
    public IReadOnlyList<IReadOnlyList<object?>> Rows { get; }

    private static bool Fits(object? value, TableColumnType type) => type switch
    {
        TableColumnType.Text => value is null or string,
        TableColumnType.Integer => value is null or int,
        TableColumnType.Real => value is double,
        TableColumnType.Boolean => value is bool,
        _ => false,
    };
}
