namespace PolicyCompare.Embeddings;

/// <summary>How far one embedding request has got, reported after each batch by <see cref="BatchingEmbeddingGenerator"/>.</summary>
/// <param name="Completed">Texts embedded so far in this request.</param>
/// <param name="Total">Texts in this request.</param>
public readonly record struct EmbeddingProgress(int Completed, int Total);
