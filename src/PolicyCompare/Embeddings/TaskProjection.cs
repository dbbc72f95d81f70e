using MathNet.Numerics.LinearAlgebra;
using PolicyCompare.Alignment;

namespace PolicyCompare.Embeddings;

/// <summary>A task placed on a 2-D map of the corpus.</summary>
/// <param name="Task">The task.</param>
/// <param name="X">Coordinate on the first principal component.</param>
/// <param name="Y">Coordinate on the second principal component.</param>
public sealed record ProjectedTask(TaskKey Task, double X, double Y);

/// <summary>Projects task embeddings to two dimensions for a map of the corpus.</summary>
/// <remarks>
/// Principal component analysis (the two leading eigenvectors of the covariance matrix) rather than t-SNE or UMAP:
/// it is exact and deterministic, needs no seed, and distances along the axes keep their meaning for a reader.
/// </remarks>
public static class TaskProjection
{
    /// <summary>Projects every task onto the first two principal components of the embeddings.</summary>
    /// <param name="embeddings">The task vectors.</param>
    /// <returns>One point per task, in the order of <see cref="TaskEmbeddings.Keys"/>; all at the origin when fewer than two tasks or no variance.</returns>
    public static IReadOnlyList<ProjectedTask> Project(TaskEmbeddings embeddings)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        var n = embeddings.Keys.Count;
        var d = embeddings.Dimensions;
        if (n < 2 || d == 0)
        {
            return embeddings.Keys.Select(k => new ProjectedTask(k, 0, 0)).ToArray();
        }

        var data = Matrix<double>.Build.Dense(n, d, (i, j) => embeddings.VectorAt(i)[j]);
        var means = data.ColumnSums() / n;
        var centered = data - Matrix<double>.Build.Dense(n, d, (_, j) => means[j]);
        var covariance = centered.TransposeThisAndMultiply(centered) / (n - 1);
        var evd = covariance.Evd(Symmetricity.Symmetric);

        // EVD returns eigenvalues in ascending order: the last columns are the leading components.
        var components = Enumerable.Range(0, Math.Min(2, d))
            .Select(c => FixSign(evd.EigenVectors.Column(d - 1 - c)))
            .ToArray();
        var xs = centered * components[0];
        var ys = components.Length > 1 ? centered * components[1] : Vector<double>.Build.Dense(n);
        return embeddings.Keys.Select((k, i) => new ProjectedTask(k, Clean(xs[i]), Clean(ys[i]))).ToArray();
    }

    /// <summary>An eigenvector's sign is arbitrary; making its largest entry positive keeps maps identical across runs and machines.</summary>
    private static Vector<double> FixSign(Vector<double> component)
    {
        var largest = component.AbsoluteMaximumIndex();
        return component[largest] < 0 ? -component : component;
    }

    /// <summary>Rounds away last-bit noise so that written coordinates are stable.</summary>
    private static double Clean(double value) => Math.Round(value, 10);
}
