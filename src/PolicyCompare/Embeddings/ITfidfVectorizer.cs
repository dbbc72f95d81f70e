namespace PolicyCompare.Embeddings;

/// <summary>Turns texts into sparse TF-IDF vectors over a fitted vocabulary.</summary>
internal interface ITfidfVectorizer
{
    /// <summary>Number of features.</summary>
    int FeatureCount { get; }

    /// <summary>The TF-IDF vectors of texts, each as (feature index, weight) pairs sorted by index; unknown terms ignored.</summary>
    SparseVector[] Transform(IReadOnlyList<string> texts);
}
