using MathNet.Numerics.LinearAlgebra;

namespace PolicyCompare.Embeddings;

/// <summary>
/// The leading right singular vectors and singular values of a sparse matrix by the randomized range finder of Halko,
/// Martinsson and Tropp (2011, "Finding structure with randomness", algorithms 4.4 and 5.1), never forming a dense
/// rows × rows or features × features matrix.
/// </summary>
/// <remarks>
/// With X of n texts × F features: a Gaussian n × l start G (l = k + oversampling), Y = X·Xᵀ·G, then
/// <see cref="PowerIterations"/> rounds of Z = orth(Xᵀ·Q), Q = orth(X·Z); finally Bᵀ = Xᵀ·Q (F × l), the small l × l
/// matrix B·Bᵀ = W·Λ·Wᵀ (MathNet), σⱼ = √λⱼ and vⱼ = Bᵀ·wⱼ / σⱼ. Orthonormalization is by the eigen-decomposition of
/// the l × l Gram matrix (directions with eigenvalue below 10⁻¹² of the largest are dropped), done after every product so
/// that the spread of singular values stays moderate. Every product is computed row by row in parallel with a fixed
/// summation order: the result is the same for any number of threads. Signs are fixed (largest-magnitude entry of each
/// vector positive).
/// </remarks>
internal static class RandomizedSvd
{
    /// <summary>Rounds of power iteration: enough for the leading vectors of a TF-IDF matrix, whose spectrum decays slowly.</summary>
    public const int PowerIterations = 3;

    /// <summary>Extra random directions beyond the k wanted: max(10, k/2).</summary>
    public static int Oversampling(int k) => Math.Max(10, k / 2);

    /// <summary>
    /// The top <paramref name="k"/> right singular vectors of <paramref name="x"/> as a features × kept matrix of floats
    /// (row f holds feature f's loading on each component), and the singular values, largest first.
    /// </summary>
    /// <returns>Fewer than k components when the matrix has lower rank.</returns>
    public static (float[] Components, double[] SingularValues) Fit(
        SparseRows x, int k, int seed, ParallelOptions parallel, IProgress<WorkProgress>? progress = null)
    {
        var xt = x.Transpose();
        var l = Math.Min(k + Oversampling(k), Math.Min(x.RowCount, x.ColumnCount));
        var total = (2 * PowerIterations) + 4;
        var done = 0;
        void Step() => progress?.Report(new WorkProgress("LSA", ++done, total));

        var q = Orthonormalize(x.Multiply(xt.Multiply(DenseRows.Gaussian(x.RowCount, l, seed), parallel), parallel), parallel);
        Step();
        Step();
        for (var i = 0; i < PowerIterations; i++)
        {
            parallel.CancellationToken.ThrowIfCancellationRequested();
            var z = Orthonormalize(xt.Multiply(q, parallel), parallel);
            Step();
            q = Orthonormalize(x.Multiply(z, parallel), parallel);
            Step();
        }

        // A second orthonormalization recovers the accuracy the Gram-based one loses (as in CholeskyQR2).
        q = Orthonormalize(q, parallel);
        var bt = xt.Multiply(q, parallel);
        Step();
        var evd = bt.Gram(parallel).Evd(Symmetricity.Symmetric);
        var order = Descending(evd.EigenValues.Select(v => v.Real).ToArray(), k);
        var w = Matrix<double>.Build.Dense(bt.Columns, order.Length, (a, j) => evd.EigenVectors[a, order[j]]);
        var singular = order.Select(j => Math.Sqrt(evd.EigenValues[j].Real)).ToArray();
        for (var j = 0; j < singular.Length; j++)
        {
            w.SetColumn(j, w.Column(j) / singular[j]);
        }

        var v = bt.Multiply(w, parallel);
        Step();
        return (FixSigns(v), singular);
    }

    // Q = Y·W·Λ^(-1/2) over the eigenpairs of YᵀY that carry signal: orthonormal columns spanning Y's range.
    private static DenseRows Orthonormalize(DenseRows y, ParallelOptions parallel)
    {
        var evd = y.Gram(parallel).Evd(Symmetricity.Symmetric);
        var order = Descending(evd.EigenValues.Select(v => v.Real).ToArray(), y.Columns);
        var w = Matrix<double>.Build.Dense(y.Columns, order.Length, (a, j) => evd.EigenVectors[a, order[j]] / Math.Sqrt(evd.EigenValues[order[j]].Real));
        return y.Multiply(w, parallel);
    }

    // Indices of the largest eigenvalues (at most count), above the numerical noise floor, largest first.
    private static int[] Descending(double[] eigenvalues, int count)
    {
        var largest = eigenvalues.Length == 0 ? 0 : eigenvalues.Max();
        return Enumerable.Range(0, eigenvalues.Length)
            .Where(i => eigenvalues[i] > 1e-12 * largest && eigenvalues[i] > 0)
            .OrderByDescending(i => eigenvalues[i])
            .ThenBy(i => i)
            .Take(count)
            .ToArray();
    }

    private static float[] FixSigns(DenseRows v)
    {
        var k = v.Columns;
        var sign = new double[k];
        var best = new double[k];
        for (var f = 0; f < v.RowCount; f++)
        {
            var row = v.Row(f);
            for (var j = 0; j < k; j++)
            {
                if (Math.Abs(row[j]) > best[j])
                {
                    best[j] = Math.Abs(row[j]);
                    sign[j] = Math.Sign(row[j]);
                }
            }
        }

        var result = new float[v.RowCount * k];
        for (var f = 0; f < v.RowCount; f++)
        {
            var row = v.Row(f);
            for (var j = 0; j < k; j++)
            {
                result[(f * k) + j] = (float)(row[j] * sign[j]);
            }
        }

        return result;
    }
}
