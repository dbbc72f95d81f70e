using PolicyCompare.Documents;

namespace PolicyCompare.Metrics;

/// <summary>The order every metric lists plans in: by year (unknown years last), then by ordinal document id.</summary>
internal static class PlanOrder
{
    public static IReadOnlyList<PolicyDocument> Sort(IEnumerable<PolicyDocument> documents) =>
        documents.OrderBy(d => d.Metadata.Year ?? int.MaxValue).ThenBy(d => d.Id, StringComparer.Ordinal).ToArray();

    /// <summary>Fails with a clear message when two documents share an id, which would make every per-plan figure ambiguous.</summary>
    public static void RequireUniqueIds(IEnumerable<PolicyDocument> documents)
    {
        var duplicate = documents.GroupBy(d => d.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new PolicyCompareException($"Document id '{duplicate.Key}' appears {duplicate.Count()} times in the corpus; ids must be unique.");
        }
    }
}
