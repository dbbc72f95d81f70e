using Parquet;
using Parquet.Schema;

namespace PolicyCompare.Export;

/// <summary>
/// Writes a <see cref="ResultTable"/> as one Apache Parquet file (Parquet.Net), typed: Text → UTF-8 string (nullable),
/// Integer → INT32 (nullable), Real → DOUBLE (nullable: NaN, an undefined value, is written as null so SQL aggregates skip
/// it), Boolean → BOOLEAN. One row group, columns in the table's order, rows in its stable order.
/// </summary>
public static class ParquetTableWriter
{
    /// <summary>Writes the table to a stream.</summary>
    /// <param name="table">The table.</param>
    /// <param name="output">A writable, seekable stream.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the file is written.</returns>
    public static async Task WriteAsync(ResultTable table, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        var fields = table.Columns.Select(Field).ToArray();
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), output, cancellationToken: cancellationToken).ConfigureAwait(false);
        using var group = writer.CreateRowGroup();
        for (var c = 0; c < fields.Length; c++)
        {
            var index = c;
            var values = table.Rows.Select(r => r[index]);
            switch (table.Columns[c].Type)
            {
                case TableColumnType.Text:
                    await group.WriteAsync(fields[c], values.Cast<string?>().ToArray()!).ConfigureAwait(false);
                    break;
                case TableColumnType.Integer:
                    await group.WriteAsync<int>(fields[c], values.Cast<int?>().ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
                case TableColumnType.Real:
                    await group.WriteAsync<double>(fields[c], values.Cast<double>().Select(v => double.IsNaN(v) ? (double?)null : v).ToArray(), cancellationToken: cancellationToken)
                        .ConfigureAwait(false);
                    break;
                case TableColumnType.Boolean:
                    await group.WriteAsync<bool>(fields[c], values.Cast<bool>().ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    throw new InvalidOperationException($"Unknown column type {table.Columns[c].Type}.");
            }
        }

        group.CompleteValidate();
    }

    /// <summary>The table as the bytes of a Parquet file.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The file's bytes.</returns>
    public static byte[] ToBytes(ResultTable table)
    {
        using var buffer = new MemoryStream();

        // Parquet.Net is asynchronous only; over a memory stream nothing waits on I/O, and Task.Run keeps a caller's
        // synchronization context out of the wait.
        Task.Run(() => WriteAsync(table, buffer)).GetAwaiter().GetResult();
        return buffer.ToArray();
    }

    private static DataField Field(TableColumn column) => column.Type switch
    {
        TableColumnType.Text => new DataField<string>(column.Name, nullable: true),
        TableColumnType.Integer => new DataField<int?>(column.Name),
        TableColumnType.Real => new DataField<double?>(column.Name),
        TableColumnType.Boolean => new DataField<bool>(column.Name),
        _ => throw new InvalidOperationException($"Unknown column type {column.Type}."),
    };
}
