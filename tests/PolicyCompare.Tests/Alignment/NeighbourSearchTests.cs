using NUnit.Framework;
using PolicyCompare.Alignment;

namespace PolicyCompare.Tests.Alignment;

public sealed class NeighbourSearchTests
{
    private static float[][] RandomVectors(int count, int dimensions, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => Enumerable.Range(0, dimensions).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray()).ToArray();
    }

    [Test]
    public void TopK_IsTheExactBestK_AcrossBlocks()
    {
        // More candidates than one block (512) and more queries than one query block (64).
        var queries = RandomVectors(150, 16, 1);
        var candidates = RandomVectors(1300, 16, 2);
        var found = NeighbourSearch.TopK(queries, candidates, 5, new ParallelOptions());
        Assert.Multiple(() =>
        {
            for (var q = 0; q < queries.Length; q++)
            {
                var expected = candidates
                    .Select((c, i) => (Index: i, Score: System.Numerics.Tensors.TensorPrimitives.Dot(queries[q], c)))
                    .OrderByDescending(x => x.Score).ThenBy(x => x.Index).Take(5).Select(x => x.Index).ToArray();
                Assert.That(found[q].Indices, Is.EqualTo(expected), $"query {q}");
            }
        });
    }

    [Test]
    public void TopK_SkipsTheQueryItself_AndKeepsTiesInIndexOrder()
    {
        float[][] vectors = [[1, 0], [1, 0], [1, 0], [0, 1]];
        var found = NeighbourSearch.TopK(vectors, vectors, 2, new ParallelOptions(), excludeSelf: true);
        Assert.Multiple(() =>
        {
            Assert.That(found[0].Indices, Is.EqualTo(new[] { 1, 2 }));
            Assert.That(found[2].Indices, Is.EqualTo(new[] { 0, 1 }));
            Assert.That(found[3].Scores, Is.EqualTo(new[] { 0f, 0f }));
        });
    }

    [Test]
    public void TopK_DoesNotDependOnTheThreadCount()
    {
        var queries = RandomVectors(300, 8, 3);
        var one = NeighbourSearch.TopK(queries, queries, 3, new ParallelOptions { MaxDegreeOfParallelism = 1 });
        var many = NeighbourSearch.TopK(queries, queries, 3, new ParallelOptions { MaxDegreeOfParallelism = 4 });
        Assert.That(many.Select(n => n.Indices), Is.EqualTo(one.Select(n => n.Indices)));
    }
}
