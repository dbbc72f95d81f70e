using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;
using PolicyCompare.Embeddings;

namespace PolicyCompare.Tests.Embeddings;

public sealed class RandomizedSvdTests
{
    // A sparse 60 × 40 matrix with a decaying spectrum, as TF-IDF matrices have.
    private static (SparseRows Sparse, Matrix<double> Dense) Matrix()
    {
        var random = new Random(11);
        var dense = Matrix<double>.Build.Dense(60, 40, (i, j) => random.NextDouble() < 0.25 ? random.NextDouble() / (1 + (j / 4.0)) : 0);
        var rows = Enumerable.Range(0, 60).Select(i =>
        {
            var columns = Enumerable.Range(0, 40).Where(j => dense[i, j] != 0).ToArray();
            return new SparseVector(columns, columns.Select(j => dense[i, j]).ToArray());
        }).ToArray();
        return (SparseRows.Of(rows, 40), dense);
    }

    [Test]
    public void Fit_FindsTheLeadingSingularValuesAndVectors_OfAnExactSvd()
    {
        var (sparse, dense) = Matrix();
        var exact = dense.Svd();
        var (components, singular) = RandomizedSvd.Fit(sparse, 8, seed: 1, new ParallelOptions());
        Assert.Multiple(() =>
        {
            Assert.That(singular, Has.Length.EqualTo(8));
            for (var j = 0; j < 8; j++)
            {
                Assert.That(singular[j], Is.EqualTo(exact.S[j]).Within(1e-4 * exact.S[0]), $"σ{j}");
                var v = Enumerable.Range(0, 40).Select(f => (double)components[(f * 8) + j]).ToArray();
                var overlap = Math.Abs(v.Select((x, f) => x * exact.VT[j, f]).Sum());
                Assert.That(overlap, Is.EqualTo(1).Within(1e-3), $"v{j} is the exact right singular vector up to sign");
            }
        });
    }

    [Test]
    public void Fit_GivesTheSameBitsForAnyThreadCount_AndSeed()
    {
        var (sparse, _) = Matrix();
        var one = RandomizedSvd.Fit(sparse, 6, 3, new ParallelOptions { MaxDegreeOfParallelism = 1 });
        var four = RandomizedSvd.Fit(sparse, 6, 3, new ParallelOptions { MaxDegreeOfParallelism = 4 });
        var any = RandomizedSvd.Fit(sparse, 6, 3, new ParallelOptions());
        Assert.Multiple(() =>
        {
            Assert.That(four.Components, Is.EqualTo(one.Components));
            Assert.That(any.Components, Is.EqualTo(one.Components));
            Assert.That(four.SingularValues, Is.EqualTo(one.SingularValues));
        });
    }

    [Test]
    public void Fit_StopsAtTheRank_OfALowRankMatrix()
    {
        // Every row is a multiple of one of two patterns: rank 2.
        var rows = Enumerable.Range(0, 20).Select(i => i % 2 == 0
            ? new SparseVector([0, 3], [i + 1.0, 2.0 * (i + 1)])
            : new SparseVector([1, 2], [i, 0.5 * i])).ToArray();
        var (_, singular) = RandomizedSvd.Fit(SparseRows.Of(rows, 4), 4, 1, new ParallelOptions());
        Assert.That(singular, Has.Length.EqualTo(2));
    }
}
