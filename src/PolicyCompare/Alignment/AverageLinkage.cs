namespace PolicyCompare.Alignment;

/// <summary>One merge of average-linkage clustering: clusters represented by units A and B joined at link Height.</summary>
/// <param name="A">A unit of the first cluster.</param>
/// <param name="B">A unit of the second cluster.</param>
/// <param name="Height">The average link (similarity, penalty included) between the two clusters when they merged.</param>
internal readonly record struct Merge(int A, int B, double Height);

/// <summary>
/// Average-linkage (UPGMA) agglomeration by the nearest-neighbour chain algorithm (Murtagh 1983; Müllner 2011,
/// "Modern hierarchical, agglomerative clustering algorithms", section 3): O(m²) time and one m × m matrix of links for m
/// units, instead of rescanning the matrix at every merge. Average linkage is reducible, so the chain finds the same
/// merges as the greedy best-pair loop; sorting them by height (stable, so a merge follows the merges it builds on) gives
/// the greedy order.
/// </summary>
internal static class AverageLinkage
{
    /// <summary>Agglomerates units into one cluster.</summary>
    /// <param name="link">
    /// m × m link matrix, higher = closer (row-major, symmetric); overwritten. For units that are groups, the mean link
    /// over their members' pairs.
    /// </param>
    /// <param name="sizes">Members per unit (the weights of the Lance–Williams update).</param>
    /// <param name="cancellationToken">Checked once per merge.</param>
    /// <returns>The m − 1 merges, closest first.</returns>
    public static Merge[] Agglomerate(double[] link, int[] sizes, CancellationToken cancellationToken)
    {
        var m = sizes.Length;
        var size = sizes.Select(s => (double)s).ToArray();
        var active = Enumerable.Repeat(true, m).ToArray();
        var merges = new List<Merge>(Math.Max(0, m - 1));
        var chain = new List<int>();
        var nextStart = 0;
        while (merges.Count < m - 1)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (chain.Count == 0)
            {
                while (!active[nextStart])
                {
                    nextStart++;
                }

                chain.Add(nextStart);
            }

            var a = chain[^1];
            var previous = chain.Count > 1 ? chain[^2] : -1;

            // The nearest active unit; the previous chain element wins ties so the chain cannot cycle.
            var best = previous;
            var bestLink = previous >= 0 ? link[(a * m) + previous] : double.NegativeInfinity;
            for (var c = 0; c < m; c++)
            {
                if (active[c] && c != a && link[(a * m) + c] > bestLink)
                {
                    best = c;
                    bestLink = link[(a * m) + c];
                }
            }

            if (best != previous)
            {
                chain.Add(best);
                continue;
            }

            chain.RemoveRange(chain.Count - 2, 2);
            var (keep, drop) = a < best ? (a, best) : (best, a);
            merges.Add(new Merge(keep, drop, bestLink));
            for (var c = 0; c < m; c++)
            {
                if (active[c] && c != keep && c != drop)
                {
                    var merged = ((size[keep] * link[(keep * m) + c]) + (size[drop] * link[(drop * m) + c])) / (size[keep] + size[drop]);
                    link[(keep * m) + c] = merged;
                    link[(c * m) + keep] = merged;
                }
            }

            size[keep] += size[drop];
            active[drop] = false;
        }

        // Stable sort: equal heights keep the order the chain found them in.
        return merges.Select((merge, order) => (merge, order))
            .OrderByDescending(x => x.merge.Height)
            .ThenBy(x => x.order)
            .Select(x => x.merge)
            .ToArray();
    }
}
