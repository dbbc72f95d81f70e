using PolicyCompare.Analysis;
using PolicyCompare.Metrics.Coverage;

namespace PolicyCompare.Reporting.Composition;

/// <summary>
/// The plan pair a report aligns task by task when none is requested: the most informative one. When a region has
/// plans of two or more years, its earliest and latest plan (the same place over time; the first such region by name);
/// otherwise the two plans whose topic shares are most alike (highest cosine), ties by document id.
/// </summary>
public static class AlignmentPairChoice
{
    /// <summary>Chooses the pair.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <returns>The two document ids, earlier plan first, or null when the corpus has fewer than two plans.</returns>
    public static (string Left, string Right)? Choose(CorpusAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var overTime = analysis.Corpus.Documents
            .Where(d => d.Metadata.Year is not null)
            .GroupBy(d => d.Metadata.Region ?? d.Id, StringComparer.Ordinal)
            .Where(g => g.Select(d => d.Metadata.Year).Distinct().Count() >= 2)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        if (overTime is not null)
        {
            var ordered = overTime.OrderBy(d => d.Metadata.Year).ThenBy(d => d.Id, StringComparer.Ordinal).ToArray();
            return (ordered[0].Id, ordered[^1].Id);
        }

        RegionSimilarity? closest = analysis.Coverage.Similarities
            .Where(s => s.DocumentIdA != s.DocumentIdB && double.IsFinite(s.Cosine))
            .OrderByDescending(s => s.Cosine)
            .ThenBy(s => s.DocumentIdA, StringComparer.Ordinal)
            .ThenBy(s => s.DocumentIdB, StringComparer.Ordinal)
            .FirstOrDefault();
        return closest is null ? null : (closest.DocumentIdA, closest.DocumentIdB);
    }
}
