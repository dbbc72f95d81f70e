using System.Numerics.Tensors;

namespace PolicyCompare.Alignment;

/// <summary>A query's nearest candidates by inner product (cosine for L2-normalized vectors), best first.</summary>
/// <param name="Indices">Candidate indices, best first; ties go to the lower index.</param>
/// <param name="Scores">Their inner products with the query.</param>
internal sealed record Neighbours(int[] Indices, float[] Scores);

/// <summary>
/// Exact top-k search by inner product in blocks: a block of queries is scored against a block of candidates at a time
/// with SIMD dot products (<see cref="TensorPrimitives.Dot(ReadOnlySpan{float}, ReadOnlySpan{float})"/>), keeping only each
/// query's k best, so memory is bounded by one block of scores, never queries × candidates.
/// </summary>
/// <remarks>
/// Query blocks run in parallel; each query's candidates are visited in index order by one thread, so the result does not
/// depend on the number of threads. Cost: queries × candidates × dimensions.
/// </remarks>
internal static class NeighbourSearch
{
    private const int QueryBlock = 64;
    private const int CandidateBlock = 512;

    /// <summary>The <paramref name="k"/> best candidates of every query.</summary>
    /// <param name="queries">Query vectors, all of one dimension.</param>
    /// <param name="candidates">Candidate vectors of the same dimension.</param>
    /// <param name="k">Neighbours per query (fewer when there are fewer candidates).</param>
    /// <param name="parallel">Thread bound and cancellation.</param>
    /// <param name="excludeSelf">Skip candidate i for query i (queries and candidates are the same set).</param>
    /// <returns>One result per query.</returns>
    public static Neighbours[] TopK(IReadOnlyList<float[]> queries, IReadOnlyList<float[]> candidates, int k, ParallelOptions parallel, bool excludeSelf = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        var result = new Neighbours[queries.Count];
        var blocks = (queries.Count + QueryBlock - 1) / QueryBlock;
        Parallel.For(0, blocks, parallel, block =>
        {
            var from = block * QueryBlock;
            var to = Math.Min(queries.Count, from + QueryBlock);
            var best = Enumerable.Range(from, to - from).Select(_ => new TopList(Math.Min(k, candidates.Count))).ToArray();
            for (var start = 0; start < candidates.Count; start += CandidateBlock)
            {
                parallel.CancellationToken.ThrowIfCancellationRequested();
                var end = Math.Min(candidates.Count, start + CandidateBlock);
                for (var q = from; q < to; q++)
                {
                    var query = queries[q];
                    var list = best[q - from];
                    for (var c = start; c < end; c++)
                    {
                        if (!(excludeSelf && c == q))
                        {
                            list.Offer(c, TensorPrimitives.Dot(query, candidates[c]));
                        }
                    }
                }
            }

            for (var q = from; q < to; q++)
            {
                result[q] = best[q - from].ToNeighbours();
            }
        });
        return result;
    }

    // The k best (score, index) seen so far, sorted best first; a later candidate with an equal score ranks after.
    private sealed class TopList(int capacity)
    {
        private readonly int[] _indices = new int[capacity];
        private readonly float[] _scores = new float[capacity];
        private int _count;

        public void Offer(int index, float score)
        {
            if (capacity == 0 || (_count == capacity && !(score > _scores[_count - 1])))
            {
                return;
            }

            var at = _count == capacity ? capacity - 1 : _count++;
            while (at > 0 && score > _scores[at - 1])
            {
                _scores[at] = _scores[at - 1];
                _indices[at] = _indices[at - 1];
                at--;
            }

            _scores[at] = score;
            _indices[at] = index;
        }

        public Neighbours ToNeighbours() => new(_indices[.._count], _scores[.._count]);
    }
}
