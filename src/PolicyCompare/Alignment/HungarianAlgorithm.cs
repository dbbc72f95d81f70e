namespace PolicyCompare.Alignment;

/// <summary>Optimal assignment (Kuhn–Munkres with potentials, O(n²m)) for rectangular cost matrices.</summary>
internal static class HungarianAlgorithm
{
    /// <summary>Finds the assignment of rows to columns with the least total cost; every row (or every column, if fewer) is assigned.</summary>
    /// <param name="cost">Cost matrix, rows × columns; every value finite.</param>
    /// <returns>For each row, its column, or -1 when the row is left out (more rows than columns).</returns>
    /// <exception cref="ArgumentException">A cost is NaN or infinite.</exception>
    public static int[] Solve(double[,] cost)
    {
        ArgumentNullException.ThrowIfNull(cost);
        var rows = cost.GetLength(0);
        var columns = cost.GetLength(1);
        foreach (var value in cost)
        {
            if (!double.IsFinite(value))
            {
                throw new ArgumentException("Every cost must be a finite number.", nameof(cost));
            }
        }

        if (rows == 0 || columns == 0)
        {
            return Enumerable.Repeat(-1, rows).ToArray();
        }

        if (rows > columns)
        {
            var transposed = new double[columns, rows];
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < columns; c++)
                {
                    transposed[c, r] = cost[r, c];
                }
            }

            var byColumn = SolveWide(transposed);
            var result = Enumerable.Repeat(-1, rows).ToArray();
            for (var c = 0; c < columns; c++)
            {
                result[byColumn[c]] = c;
            }

            return result;
        }

        return SolveWide(cost);
    }

    // rows <= columns. 1-based potentials formulation (e-maxx); ties resolve to the lowest index, so results are stable.
    private static int[] SolveWide(double[,] a)
    {
        var n = a.GetLength(0);
        var m = a.GetLength(1);
        var u = new double[n + 1];
        var v = new double[m + 1];
        var p = new int[m + 1];
        var way = new int[m + 1];
        for (var i = 1; i <= n; i++)
        {
            p[0] = i;
            var j0 = 0;
            var minv = Enumerable.Repeat(double.PositiveInfinity, m + 1).ToArray();
            var used = new bool[m + 1];
            do
            {
                used[j0] = true;
                var i0 = p[j0];
                var delta = double.PositiveInfinity;
                var j1 = 0;
                for (var j = 1; j <= m; j++)
                {
                    if (used[j])
                    {
                        continue;
                    }

                    var current = a[i0 - 1, j - 1] - u[i0] - v[j];
                    if (current < minv[j])
                    {
                        minv[j] = current;
                        way[j] = j0;
                    }

                    if (minv[j] < delta)
                    {
                        delta = minv[j];
                        j1 = j;
                    }
                }

                for (var j = 0; j <= m; j++)
                {
                    if (used[j])
                    {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    }
                    else
                    {
                        minv[j] -= delta;
                    }
                }

                j0 = j1;
            }
            while (p[j0] != 0);

            do
            {
                var j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            }
            while (j0 != 0);
        }

        var assignment = new int[n];
        for (var j = 1; j <= m; j++)
        {
            if (p[j] != 0)
            {
                assignment[p[j] - 1] = j - 1;
            }
        }

        return assignment;
    }
}
