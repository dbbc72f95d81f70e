namespace PolicyCompare.Topics;

/// <summary>A topic of a kept <see cref="TopicModel"/>: its names and its centroid in the model's embedding space.</summary>
/// <param name="Id">Topic id from the fit (e.g. <c>T01</c>).</param>
/// <param name="Label">Readable Chinese label.</param>
/// <param name="Keywords">Keywords, highest weight first.</param>
/// <param name="Key">Codebook key, when the topic matched a codebook entry.</param>
/// <param name="EnglishName">English name from the codebook, when there is one.</param>
/// <param name="Size">Tasks of the fitted corpus in the topic.</param>
/// <param name="Centroid">The L2-normalized mean of its fitted tasks' vectors.</param>
/// <param name="MeanLength">The length of that mean before normalizing (the members' mean cosine to the centroid), so merged topics get exact centroids.</param>
public sealed record KeptTopic(
    string Id,
    string Label,
    IReadOnlyList<string> Keywords,
    string? Key,
    string? EnglishName,
    int Size,
    IReadOnlyList<float> Centroid,
    double MeanLength);
