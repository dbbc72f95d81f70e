namespace PolicyCompare.Alignment;

/// <summary>One topic of a codebook.</summary>
/// <param name="Key">Stable descriptive key in snake_case (e.g. <c>drug_procurement</c>).</param>
/// <param name="Name">Chinese name.</param>
/// <param name="EnglishName">English name.</param>
/// <param name="Description">What the topic covers, in Chinese; it is embedded with the keywords to make the topic's prototype.</param>
/// <param name="Keywords">Terms whose presence in a task points to the topic.</param>
public sealed record CodebookEntry(
    string Key,
    string Name,
    string EnglishName,
    string Description,
    IReadOnlyList<string> Keywords);
