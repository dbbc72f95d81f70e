using NUnit.Framework;
using PolicyCompare.Alignment;

namespace PolicyCompare.Tests.Alignment;

public sealed class HungarianAlgorithmTests
{
    [Test]
    public void Solve_FindsTheKnownOptimum_OfASquareMatrix()
    {
        // Of the six permutations, rows → columns 1, 0, 2 is the unique cheapest (1 + 2 + 2 = 5; the diagonal costs 6).
        double[,] cost = { { 4, 1, 3 }, { 2, 0, 5 }, { 3, 2, 2 } };
        Assert.That(HungarianAlgorithm.Solve(cost), Is.EqualTo(new[] { 1, 0, 2 }));
    }

    [Test]
    public void Solve_AssignsEveryRow_WhenThereAreMoreColumns()
    {
        double[,] cost = { { 9, 1, 8 }, { 1, 9, 8 } };
        Assert.That(HungarianAlgorithm.Solve(cost), Is.EqualTo(new[] { 1, 0 }));
    }

    [Test]
    public void Solve_LeavesTheCostliestRowOut_WhenThereAreMoreRows()
    {
        double[,] cost = { { 5, 9 }, { 9, 1 }, { 2, 9 } };
        Assert.That(HungarianAlgorithm.Solve(cost), Is.EqualTo(new[] { -1, 1, 0 }));
    }

    [Test]
    public void Solve_MatchesBruteForce_OnRandomMatrices()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 200; trial++)
        {
            var rows = random.Next(1, 6);
            var columns = random.Next(1, 6);
            var cost = new double[rows, columns];
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < columns; c++)
                {
                    cost[r, c] = Math.Round(random.NextDouble() * 10, 2);
                }
            }

            var assignment = HungarianAlgorithm.Solve(cost);
            var total = assignment.Select((c, r) => c < 0 ? 0 : cost[r, c]).Sum();
            Assert.That(assignment.Where(c => c >= 0).Distinct().Count(), Is.EqualTo(Math.Min(rows, columns)));
            Assert.That(total, Is.EqualTo(BruteForce(cost)).Within(1e-9), $"trial {trial}");
        }
    }

    [Test]
    public void Solve_RejectsNonFiniteCosts()
    {
        Assert.That(() => HungarianAlgorithm.Solve(new double[,] { { double.NaN } }), Throws.ArgumentException);
    }

    private static double BruteForce(double[,] cost)
    {
        var rows = cost.GetLength(0);
        var columns = cost.GetLength(1);
        var best = double.PositiveInfinity;
        void Search(int row, bool[] used, int assigned, double sum)
        {
            if (row == rows)
            {
                if (assigned == Math.Min(rows, columns))
                {
                    best = Math.Min(best, sum);
                }

                return;
            }

            if (rows - row > Math.Min(rows, columns) - assigned)
            {
                Search(row + 1, used, assigned, sum);
            }

            for (var c = 0; c < columns; c++)
            {
                if (!used[c])
                {
                    used[c] = true;
                    Search(row + 1, used, assigned + 1, sum + cost[row, c]);
                    used[c] = false;
                }
            }
        }

        Search(0, new bool[columns], 0, 0);
        return best;
    }
}
