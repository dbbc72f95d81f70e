namespace PolicyCompare.Metrics.DepartmentLoad;

/// <summary>
/// An undirected edge of the co-responsibility network: two agencies named on the same tasks. The pair is stored with
/// <see cref="AgencyKeyA"/> ordinally before <see cref="AgencyKeyB"/>.
/// </summary>
/// <param name="DocumentId">The plan, or null for the network pooled over all plans that state departments.</param>
/// <param name="AgencyKeyA">First agency key.</param>
/// <param name="AgencyNameA">Its display name.</param>
/// <param name="AgencyKeyB">Second agency key.</param>
/// <param name="AgencyNameB">Its display name.</param>
/// <param name="TaskCount">Tasks naming both agencies (in any roles).</param>
public sealed record CoResponsibilityEdge(
    string? DocumentId,
    string AgencyKeyA,
    string AgencyNameA,
    string AgencyKeyB,
    string AgencyNameB,
    int TaskCount);
