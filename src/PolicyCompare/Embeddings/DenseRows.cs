using System.Numerics.Tensors;
using MathNet.Numerics.LinearAlgebra;

namespace PolicyCompare.Embeddings;

/// <summary>
/// A dense row-major matrix of floats, rows contiguous so that row operations vectorize; single precision halves the memory
/// traffic of the sparse products that dominate the randomized SVD, and partial sums are accumulated in double.
/// </summary>
internal sealed class DenseRows
{
    // Rows per partial sum in Gram: fixed, so the summation order never depends on the thread count.
    private const int GramBlock = 256;

    private readonly float[] _data;

    /// <summary>Creates a zero matrix.</summary>
    public DenseRows(int rows, int columns)
    {
        RowCount = rows;
        Columns = columns;
        _data = new float[checked((long)rows * columns)];
    }

    /// <summary>Number of rows.</summary>
    public int RowCount { get; }

    /// <summary>Number of columns.</summary>
    public int Columns { get; }

    /// <summary>One row.</summary>
    public Span<float> Row(int row) => _data.AsSpan(row * Columns, Columns);

    /// <summary>A matrix of independent standard normal entries (Box–Muller on a seeded generator).</summary>
    public static DenseRows Gaussian(int rows, int columns, int seed)
    {
        var random = new Random(seed);
        var result = new DenseRows(rows, columns);
        for (var i = 0; i < result._data.Length; i += 2)
        {
            var radius = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble()));
            var angle = 2 * Math.PI * random.NextDouble();
            result._data[i] = (float)(radius * Math.Cos(angle));
            if (i + 1 < result._data.Length)
            {
                result._data[i + 1] = (float)(radius * Math.Sin(angle));
            }
        }

        return result;
    }

    /// <summary>
    /// Thisᵀ · <paramref name="other"/> (<see cref="Columns"/> × other.Columns; both with the same rows), summed over fixed
    /// blocks of rows in block order.
    /// </summary>
    public Matrix<double> TransposeMultiply(DenseRows other, ParallelOptions parallel)
    {
        var width = other.Columns;
        var blocks = (RowCount + GramBlock - 1) / GramBlock;
        var partial = new double[blocks][];
        Parallel.For(0, blocks, parallel, b =>
        {
            var sum = new float[Columns * width];
            for (var row = b * GramBlock; row < Math.Min(RowCount, (b + 1) * GramBlock); row++)
            {
                ReadOnlySpan<float> r = Row(row);
                ReadOnlySpan<float> o = other.Row(row);
                for (var a = 0; a < Columns; a++)
                {
                    if (r[a] != 0)
                    {
                        TensorPrimitives.MultiplyAdd(o, r[a], sum.AsSpan(a * width, width), sum.AsSpan(a * width, width));
                    }
                }
            }

            partial[b] = Array.ConvertAll(sum, x => (double)x);
        });
        var total = new double[Columns * width];
        foreach (var sum in partial)
        {
            TensorPrimitives.Add(total, sum, total);
        }

        return Matrix<double>.Build.Dense(Columns, width, (i, j) => total[(i * width) + j]);
    }

    /// <summary>This · <paramref name="small"/> (<see cref="RowCount"/> × small.ColumnCount), rows in parallel.</summary>
    public DenseRows Multiply(Matrix<double> small, ParallelOptions parallel)
    {
        var width = small.ColumnCount;
        var rowsOfSmall = Enumerable.Range(0, small.RowCount).Select(a => small.Row(a).Select(x => (float)x).ToArray()).ToArray();
        var result = new DenseRows(RowCount, width);
        Parallel.For(0, RowCount, parallel, row =>
        {
            ReadOnlySpan<float> r = Row(row);
            var target = result.Row(row);
            for (var a = 0; a < r.Length; a++)
            {
                if (r[a] != 0)
                {
                    TensorPrimitives.MultiplyAdd(rowsOfSmall[a], r[a], target, target);
                }
            }
        });
        return result;
    }
}
