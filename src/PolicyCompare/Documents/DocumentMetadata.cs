namespace PolicyCompare.Documents;

/// <summary>Who issued a plan, for where and when. Ids are stable across JSON, CSV and evaluation files.</summary>
/// <param name="Id">Stable document id, by convention the file stem (e.g. <c>jilin-2021</c>).</param>
/// <param name="Region">Region name in Chinese (e.g. 吉林省), when known.</param>
/// <param name="RegionEn">Region name in English, when known.</param>
/// <param name="Level">Administrative level: <c>national</c>, <c>province</c>, <c>autonomous-region</c>, <c>municipality</c>, <c>city</c>, <c>county</c>…</param>
/// <param name="Year">The plan year.</param>
/// <param name="Title">The plan's title as written.</param>
/// <param name="Issuer">The issuing body, when known.</param>
/// <param name="DocNumber">The document number (文号) as written, when stated.</param>
public sealed record DocumentMetadata(
    string Id,
    string? Region = null,
    string? RegionEn = null,
    string? Level = null,
    int? Year = null,
    string? Title = null,
    string? Issuer = null,
    string? DocNumber = null)
{
    /// <summary>The file the document was read from, relative to the corpus folder when there is one.</summary>
    public string? File { get; init; }

    /// <summary>Names of the fields that were inferred from the text rather than stated in a manifest.</summary>
    public IReadOnlyList<string> InferredFields { get; init; } = [];

    /// <summary>
    /// Custom document variables (quanteda's docvars): any extra field of the document's <c>corpus.json</c> entry
    /// (province, genre, fiscal capacity…), by name as written. A value is a <see cref="string"/>, a <see cref="double"/>,
    /// a <see cref="bool"/> or null. They become columns of every table keyed by document, and can group coverage and
    /// department load (<c>analysis.CoverageBy(name)</c>, <c>analysis.LoadBy(name)</c>).
    /// </summary>
    public IReadOnlyDictionary<string, object?> Variables { get; init; } = NoVariables;

    private static readonly IReadOnlyDictionary<string, object?> NoVariables = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>A short display name: the region when known, else the id.</summary>
    public string DisplayName => Region is null ? Id : Year is null ? Region : $"{Region} {Year}";
}
