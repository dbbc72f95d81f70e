namespace PolicyCompare.Evaluation;

/// <summary>Agreement measures between two labelings of the same items.</summary>
public static class ClusteringMetrics
{
    /// <summary>Adjusted Rand index (Hubert &amp; Arabie 1985): 1 for identical partitions, about 0 for chance agreement.</summary>
    /// <param name="truth">Reference label of each item.</param>
    /// <param name="predicted">Predicted label of each item, aligned with <paramref name="truth"/>.</param>
    /// <returns>The index; 1 when both labelings put every item alone or all items together identically.</returns>
    /// <exception cref="ArgumentException">The lists differ in length.</exception>
    public static double AdjustedRandIndex(IReadOnlyList<string> truth, IReadOnlyList<string> predicted)
    {
        var table = Contingency(truth, predicted);
        var n = truth.Count;
        var sumCells = table.Cells.Sum(c => Choose2(c));
        var sumRows = table.RowTotals.Sum(c => Choose2(c));
        var sumCols = table.ColumnTotals.Sum(c => Choose2(c));
        var total = Choose2(n);
        var expected = total == 0 ? 0 : sumRows * sumCols / total;
        var maximum = (sumRows + sumCols) / 2;
        if (maximum - expected == 0)
        {
            // Both partitions are trivial in the same way (all singletons or one block): they agree perfectly.
            return 1.0;
        }

        return (sumCells - expected) / (maximum - expected);
    }

    /// <summary>Normalized mutual information with the arithmetic-mean normalization: I(U;V) / ((H(U)+H(V))/2).</summary>
    /// <param name="truth">Reference label of each item.</param>
    /// <param name="predicted">Predicted label of each item, aligned with <paramref name="truth"/>.</param>
    /// <returns>A value in [0, 1]; 1 when both labelings are identical up to renaming (including both single-block).</returns>
    /// <exception cref="ArgumentException">The lists differ in length.</exception>
    public static double NormalizedMutualInformation(IReadOnlyList<string> truth, IReadOnlyList<string> predicted)
    {
        var table = Contingency(truth, predicted);
        double n = truth.Count;
        if (n == 0)
        {
            return 1.0;
        }

        var hTruth = Entropy(table.RowTotals, n);
        var hPredicted = Entropy(table.ColumnTotals, n);
        if (hTruth == 0 && hPredicted == 0)
        {
            return 1.0;
        }

        var mutual = 0.0;
        for (var r = 0; r < table.RowTotals.Length; r++)
        {
            for (var c = 0; c < table.ColumnTotals.Length; c++)
            {
                var cell = table.Cell(r, c);
                if (cell > 0)
                {
                    mutual += cell / n * Math.Log(n * cell / ((double)table.RowTotals[r] * table.ColumnTotals[c]));
                }
            }
        }

        return Math.Clamp(mutual / ((hTruth + hPredicted) / 2), 0.0, 1.0);
    }

    /// <summary>
    /// Pairwise precision, recall and F1 over pairs of items from different groups (documents): a pair is positive when
    /// both items share a label.
    /// </summary>
    /// <param name="truth">Reference label of each item.</param>
    /// <param name="predicted">Predicted label of each item, aligned with <paramref name="truth"/>.</param>
    /// <param name="groups">The group (document) of each item; pairs within a group are not counted.</param>
    /// <returns>The pair counts and scores.</returns>
    /// <exception cref="ArgumentException">The lists differ in length.</exception>
    public static PairwiseScores CrossGroupPairwise(IReadOnlyList<string> truth, IReadOnlyList<string> predicted, IReadOnlyList<string> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        CheckLengths(truth, predicted);
        if (groups.Count != truth.Count)
        {
            throw new ArgumentException("Every item needs a group.", nameof(groups));
        }

        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
        for (var i = 0; i < truth.Count; i++)
        {
            for (var j = i + 1; j < truth.Count; j++)
            {
                if (string.Equals(groups[i], groups[j], StringComparison.Ordinal))
                {
                    continue;
                }

                var sameTruth = string.Equals(truth[i], truth[j], StringComparison.Ordinal);
                var samePredicted = string.Equals(predicted[i], predicted[j], StringComparison.Ordinal);
                if (sameTruth && samePredicted)
                {
                    truePositives++;
                }
                else if (samePredicted)
                {
                    falsePositives++;
                }
                else if (sameTruth)
                {
                    falseNegatives++;
                }
            }
        }

        return new PairwiseScores(truePositives, falsePositives, falseNegatives);
    }

    private static double Choose2(double count) => count * (count - 1) / 2;

    private static double Entropy(int[] totals, double n) =>
        -totals.Where(t => t > 0).Sum(t => t / n * Math.Log(t / n));

    private static void CheckLengths(IReadOnlyList<string> truth, IReadOnlyList<string> predicted)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(predicted);
        if (truth.Count != predicted.Count)
        {
            throw new ArgumentException($"{truth.Count} reference labels but {predicted.Count} predicted labels.", nameof(predicted));
        }
    }

    private static ContingencyTable Contingency(IReadOnlyList<string> truth, IReadOnlyList<string> predicted)
    {
        CheckLengths(truth, predicted);
        var rows = IndexOf(truth);
        var columns = IndexOf(predicted);
        var cells = new int[rows.Count, columns.Count];
        var rowTotals = new int[rows.Count];
        var columnTotals = new int[columns.Count];
        for (var i = 0; i < truth.Count; i++)
        {
            var r = rows[truth[i]];
            var c = columns[predicted[i]];
            cells[r, c]++;
            rowTotals[r]++;
            columnTotals[c]++;
        }

        return new ContingencyTable(cells, rowTotals, columnTotals);
    }

    private static Dictionary<string, int> IndexOf(IReadOnlyList<string> labels)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var label in labels)
        {
            index.TryAdd(label, index.Count);
        }

        return index;
    }

    private sealed record ContingencyTable(int[,] Matrix, int[] RowTotals, int[] ColumnTotals)
    {
        public IEnumerable<double> Cells => Matrix.Cast<int>().Select(c => (double)c);

        public int Cell(int row, int column) => Matrix[row, column];
    }
}
