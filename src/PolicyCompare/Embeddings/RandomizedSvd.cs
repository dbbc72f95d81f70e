using MathNet.Numerics.LinearAlgebra;

namespace PolicyCompare.Embeddings;

/// <summary>
/// The leading right singular vectors and singular values of a sparse matrix by the randomized range finder of Halko,
/// Martinsson and Tropp (2011, "Finding structure with randomness", algorithms 4.4 and 5.1), never forming a dense
/// rows × rows or features × features matrix.
/// </summary>
/// <remarks>
/// With X of n texts × F features: a Gaussian n × l start G (l = k + oversampling), Q = orth(X·Xᵀ·G), then
/// <see cref="PowerIterations"/> rounds of Q = orth(X·Xᵀ·Q); finally the small l × l matrix B·Bᵀ = Qᵀ·X·Xᵀ·Q = W·Λ·Wᵀ
/// (MathNet), σⱼ = √λⱼ and vⱼ = Xᵀ·Q·wⱼ / σⱼ. Only sparse products touch the feature side, so dense work is O(n·l²) however
/// large the vocabulary. Orthonormalization is by CholeskyQR2 on the l × l Gram matrix (falling back to its
/// eigen-decomposition, which drops directions with eigenvalue below 10⁻¹² of the largest, when the block is rank
/// deficient), after every round so that the spread of singular values stays moderate. Every product is computed row by row in parallel with a fixed
/// summation order: the result is the same for any number of threads. Signs are fixed (largest-magnitude entry of each
/// vector positive).
/// </remarks>
internal static class RandomizedSvd
{
    /// <summary>Rounds of power iteration: enough for the leading vectors of a TF-IDF matrix, whose spectrum decays slowly.</summary>
    public const int PowerIterations = 3;

    /// <summary>
    /// Extra random directions beyond the k wanted: max(10, k/2). Measured on the seeds: with k/10 the topics moved (ARI 0.95
    /// against the exact decomposition's), with k/2 they are the exact decomposition's.
    /// </summary>
    public static int Oversampling(int k) => Math.Max(10, k / 2);

    /// <summary>The steps <see cref="Fit"/> reports as <c>LSA</c>: the start block, each power iteration, the small decomposition and the projection.</summary>
    public const int ProgressSteps = PowerIterations + 3;

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
        var done = 0;
        void Step() => progress?.Report(new WorkProgress("LSA", ++done, ProgressSteps));

        // Y = X·Xᵀ·Q: every product goes through the sparse matrix; dense work stays on the texts side (n × l).
        DenseRows Power(DenseRows q) => x.Multiply(xt.Multiply(q, parallel), parallel);

        var q = Orthonormalize(Power(DenseRows.Gaussian(x.RowCount, l, seed)), parallel);
        Step();
        for (var i = 0; i < PowerIterations; i++)
        {
            parallel.CancellationToken.ThrowIfCancellationRequested();
            q = Orthonormalize(Power(q), parallel);
            Step();
        }

        // B·Bᵀ = Qᵀ·X·Xᵀ·Q (l × l) = W·Λ·Wᵀ; σⱼ = √λⱼ; the right singular vectors are vⱼ = Xᵀ·(Q·wⱼ / σⱼ).
        var evd = q.TransposeMultiply(Power(q), parallel).Evd(Symmetricity.Symmetric);
        Step();
        var order = Descending(evd.EigenValues.Select(v => v.Real).ToArray(), k);
        var singular = order.Select(j => Math.Sqrt(evd.EigenValues[j].Real)).ToArray();
        var w = Matrix<double>.Build.Dense(q.Columns, order.Length, (a, j) => evd.EigenVectors[a, order[j]] / singular[j]);
        var v = xt.Multiply(q.Multiply(w, parallel), parallel);
        Step();
        return (FixSigns(v), singular);
    }

    // CholeskyQR2 (Fukaya et al. 2014): Q = Y·L⁻ᵀ with YᵀY = L·Lᵀ, twice, the second pass restoring the orthogonality the
    // first loses. Cholesky costs l³/3 where an eigen-decomposition costs about 9·l³. When YᵀY is not numerically positive
    // definite (Y has lower rank than its width), the eigen-decomposition drops the empty directions instead.
    private static DenseRows Orthonormalize(DenseRows y, ParallelOptions parallel)
    {
        var once = CholeskyStep(y, parallel);
        return once is null ? EigenStep(y, parallel) : CholeskyStep(once, parallel) ?? EigenStep(once, parallel);
    }

    private static DenseRows? CholeskyStep(DenseRows y, ParallelOptions parallel)
    {
        var gram = y.TransposeMultiply(y, parallel);
        Matrix<double> factor;
        try
        {
            factor = gram.Cholesky().Factor;
        }
        catch (ArgumentException)
        {
            return null;
        }

        var diagonal = factor.Diagonal();
        if (diagonal.Minimum() <= 1e-6 * diagonal.Maximum())
        {
            return null;
        }

        return y.Multiply(factor.Inverse().Transpose(), parallel);
    }

    // Q = Y·W·Λ^(-1/2) over the eigenpairs of YᵀY that carry signal: orthonormal columns spanning Y's range.
    private static DenseRows EigenStep(DenseRows y, ParallelOptions parallel)
    {
        var evd = y.TransposeMultiply(y, parallel).Evd(Symmetricity.Symmetric);
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
