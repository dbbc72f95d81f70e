using PolicyCompare.Documents;

namespace PolicyCompare.Metrics;

/// <summary>Identifies a plan in metric results: its document id, region and year.</summary>
/// <param name="DocumentId">The document id.</param>
/// <param name="Region">The region in Chinese, or the document id when the region is unknown.</param>
/// <param name="Year">The plan year, when known.</param>
public sealed record PlanReference(string DocumentId, string Region, int? Year)
{
    /// <summary>The administrative level (province, city…), when known; a metric series shows it so that levels are not read as change.</summary>
    public string? Level { get; init; }

    /// <summary>The place the plan belongs to over time: its region, or the series the user declared for it (<see cref="MetricsOptions.PlanSeries"/>).</summary>
    public string Place { get => _place ?? Region; init => _place = value; }

    private readonly string? _place;

    /// <summary>The reference of a document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>Its id, region (or id) and year.</returns>
    public static PlanReference Of(PolicyDocument document) =>
        new(document.Id, document.Metadata.Region ?? document.Id, document.Metadata.Year) { Level = document.Metadata.Level };
}
