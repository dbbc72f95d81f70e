namespace PolicyCompare.Parsing.Targets;

/// <summary>Look-ups in ranges sorted by start and not overlapping (regex matches in text order), by binary search.</summary>
internal static class SortedRanges
{
    /// <summary>Whether <paramref name="index"/> lies in one of the ranges.</summary>
    /// <param name="ranges">Sorted, non-overlapping half-open ranges.</param>
    /// <param name="index">A position.</param>
    /// <returns><see langword="true"/> when a range holds it.</returns>
    public static bool Contains(IReadOnlyList<(int Start, int End)> ranges, int index) => Overlaps(ranges, index, index + 1);

    /// <summary>Whether <c>[start, end)</c> overlaps one of the ranges.</summary>
    /// <param name="ranges">Sorted, non-overlapping half-open ranges.</param>
    /// <param name="start">Start.</param>
    /// <param name="end">End (exclusive).</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    public static bool Overlaps(IReadOnlyList<(int Start, int End)> ranges, int start, int end)
    {
        // The last range starting before end is the only one that can overlap (ranges do not overlap each other).
        int lo = 0, hi = ranges.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (ranges[mid].Start < end)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found >= 0 && ranges[found].End > start;
    }

    /// <summary>The index of the first item whose key is at least <paramref name="value"/>, or the count.</summary>
    /// <typeparam name="T">Item type.</typeparam>
    /// <param name="items">Items sorted by key.</param>
    /// <param name="key">The key.</param>
    /// <param name="value">The value sought.</param>
    /// <returns>The lower bound.</returns>
    public static int LowerBound<T>(IReadOnlyList<T> items, Func<T, int> key, int value)
    {
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (key(items[mid]) < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
