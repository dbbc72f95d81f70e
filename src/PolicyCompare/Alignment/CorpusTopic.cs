namespace PolicyCompare.Alignment;

/// <summary>A topic shared by tasks across the corpus.</summary>
/// <param name="Id">Stable id (e.g. <c>T01</c>), deterministic for the same input and options.</param>
/// <param name="Label">Readable Chinese label (top class-based TF-IDF keywords).</param>
/// <param name="Keywords">Keywords by class-based TF-IDF weight, highest first.</param>
/// <param name="CentralTask">The member most similar to the topic centroid.</param>
/// <param name="CentralTitle">That task's title.</param>
/// <param name="Members">Member tasks, ordered by document then ordinal.</param>
/// <param name="Cohesion">Mean cosine similarity of members to their centroid (1 for a single member).</param>
public sealed record CorpusTopic(
    string Id,
    string Label,
    IReadOnlyList<string> Keywords,
    TaskKey CentralTask,
    string CentralTitle,
    IReadOnlyList<TaskKey> Members,
    double Cohesion)
{
    /// <summary>Codebook key (e.g. <c>drug_procurement</c>) when the topic comes from or matches a codebook entry.</summary>
    public string? Key { get; init; }

    /// <summary>
    /// English name from the codebook, shown only when <see cref="KeyConfidence"/> reaches
    /// <see cref="TopicOptions.EnglishNameConfidence"/>; null otherwise (the Chinese label stands, untranslated).
    /// </summary>
    public string? EnglishName { get; init; }

    /// <summary>Share of the topic's tasks the codebook places under <see cref="Key"/> (0–1); NaN when the topic has no key.</summary>
    public double KeyConfidence { get; init; } = double.NaN;
}
