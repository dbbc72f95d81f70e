using System.Numerics.Tensors;

namespace PolicyCompare.Embeddings;

/// <summary>
/// A sparse matrix in compressed sparse row form (rows × columns), built from <see cref="SparseVector"/> rows: the TF-IDF
/// matrix (texts × features) or its transpose.
/// </summary>
internal sealed class SparseRows
{
    private readonly int[] _rowStart;
    private readonly int[] _columns;
    private readonly double[] _values;

    private SparseRows(int rows, int columns, int[] rowStart, int[] columnIndices, double[] values)
    {
        RowCount = rows;
        ColumnCount = columns;
        _rowStart = rowStart;
        _columns = columnIndices;
        _values = values;
    }

    /// <summary>Number of rows.</summary>
    public int RowCount { get; }

    /// <summary>Number of columns.</summary>
    public int ColumnCount { get; }

    /// <summary>The matrix whose rows are <paramref name="rows"/> (indices below <paramref name="columns"/>).</summary>
    public static SparseRows Of(IReadOnlyList<SparseVector> rows, int columns)
    {
        var start = new int[rows.Count + 1];
        for (var i = 0; i < rows.Count; i++)
        {
            start[i + 1] = start[i] + rows[i].Indices.Length;
        }

        var indices = new int[start[^1]];
        var values = new double[start[^1]];
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i].Indices.CopyTo(indices, start[i]);
            rows[i].Values.CopyTo(values, start[i]);
        }

        return new SparseRows(rows.Count, columns, start, indices, values);
    }

    /// <summary>The transpose (a counting sort of the entries by column; within a row, entries stay in ascending order).</summary>
    public SparseRows Transpose()
    {
        var start = new int[ColumnCount + 1];
        foreach (var column in _columns)
        {
            start[column + 1]++;
        }

        for (var c = 0; c < ColumnCount; c++)
        {
            start[c + 1] += start[c];
        }

        var next = start[..^1].ToArray();
        var indices = new int[_columns.Length];
        var values = new double[_values.Length];
        for (var row = 0; row < RowCount; row++)
        {
            for (var e = _rowStart[row]; e < _rowStart[row + 1]; e++)
            {
                var at = next[_columns[e]]++;
                indices[at] = row;
                values[at] = _values[e];
            }
        }

        return new SparseRows(ColumnCount, RowCount, start, indices, values);
    }

    /// <summary>
    /// Multiplies this matrix by a dense matrix: <c>this · dense</c>, of <see cref="RowCount"/> × <c>dense.Columns</c>. Rows
    /// are computed in parallel, each by one thread adding its entries in index order, so the result does not depend on
    /// the number of threads.
    /// </summary>
    public DenseRows Multiply(DenseRows dense, ParallelOptions parallel)
    {
        var width = dense.Columns;
        var result = new DenseRows(RowCount, width);
        Parallel.For(0, RowCount, parallel, row =>
        {
            var target = result.Row(row);
            for (var e = _rowStart[row]; e < _rowStart[row + 1]; e++)
            {
                TensorPrimitives.MultiplyAdd(dense.Row(_columns[e]), (float)_values[e], target, target);
            }
        });
        return result;
    }
}
