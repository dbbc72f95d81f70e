using Microsoft.Data.Analysis;

namespace PolicyCompare.Export;

/// <summary>Converts result tables to Microsoft.Data.Analysis DataFrames with typed columns.</summary>
public static class DataFrameConversion
{
    /// <summary>The table as a DataFrame: Text → StringDataFrameColumn, Integer → Int32DataFrameColumn (nullable), Real → DoubleDataFrameColumn (NaN kept), Boolean → BooleanDataFrameColumn.</summary>
    /// <param name="table">The table.</param>
    /// <returns>A new DataFrame with the table's columns and rows in order.</returns>
    public static DataFrame ToDataFrame(this ResultTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var columns = new List<DataFrameColumn>(table.Columns.Count);
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var name = table.Columns[c].Name;
            var values = table.Rows.Select(r => r[c]);
            columns.Add(table.Columns[c].Type switch
            {
                TableColumnType.Text => new StringDataFrameColumn(name, values.Cast<string?>()),
                TableColumnType.Integer => new Int32DataFrameColumn(name, values.Cast<int?>()),
                TableColumnType.Real => new DoubleDataFrameColumn(name, values.Cast<double>()),
                TableColumnType.Boolean => new BooleanDataFrameColumn(name, values.Cast<bool>()),
                _ => throw new InvalidOperationException($"Unknown column type {table.Columns[c].Type}."),
            });
        }

        return new DataFrame(columns);
    }
}
