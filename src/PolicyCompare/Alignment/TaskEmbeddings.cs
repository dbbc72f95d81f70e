namespace PolicyCompare.Alignment;

/// <summary>One L2-normalized embedding vector per task of a corpus.</summary>
public sealed class TaskEmbeddings
{
    private readonly Dictionary<TaskKey, int> _index;
    private readonly float[][] _vectors;

    /// <summary>Creates the set.</summary>
    /// <param name="keys">The tasks, in corpus order.</param>
    /// <param name="vectors">One vector per key, all of the same dimension.</param>
    /// <param name="embedderName">The embedder that produced the vectors, for reports.</param>
    /// <exception cref="ArgumentException">Counts or dimensions differ, or a key repeats.</exception>
    public TaskEmbeddings(IReadOnlyList<TaskKey> keys, IReadOnlyList<float[]> vectors, string embedderName)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(vectors);
        if (keys.Count != vectors.Count)
        {
            throw new ArgumentException($"{keys.Count} keys but {vectors.Count} vectors.", nameof(vectors));
        }

        Dimensions = vectors.Count == 0 ? 0 : vectors[0].Length;
        if (vectors.Any(v => v.Length != Dimensions))
        {
            throw new ArgumentException("All vectors must have the same dimensionality.", nameof(vectors));
        }

        Keys = keys.ToArray();
        _vectors = vectors.Select(v => (float[])v.Clone()).ToArray();
        _index = new Dictionary<TaskKey, int>(keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            if (!_index.TryAdd(keys[i], i))
            {
                throw new ArgumentException($"Task {keys[i]} appears twice.", nameof(keys));
            }
        }

        EmbedderName = embedderName;
    }

    /// <summary>The tasks, in corpus order.</summary>
    public IReadOnlyList<TaskKey> Keys { get; }

    /// <summary>Vector dimension.</summary>
    public int Dimensions { get; }

    /// <summary>The embedder that produced the vectors.</summary>
    public string EmbedderName { get; }

    /// <summary>The vector of a task.</summary>
    /// <param name="task">The task.</param>
    /// <returns>A read-only view of its vector.</returns>
    /// <exception cref="KeyNotFoundException">The task has no vector.</exception>
    public ReadOnlySpan<float> VectorOf(TaskKey task) =>
        _index.TryGetValue(task, out var i) ? _vectors[i] : throw new KeyNotFoundException($"No embedding for task {task}.");

    /// <summary>The vector at position <paramref name="index"/> of <see cref="Keys"/>.</summary>
    /// <param name="index">Position in <see cref="Keys"/>.</param>
    /// <returns>A read-only view of the vector.</returns>
    public ReadOnlySpan<float> VectorAt(int index) => _vectors[index];
}
