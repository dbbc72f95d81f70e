namespace PolicyCompare.Alignment;

/// <summary>Identifies a task across the corpus: its document id and 1-based ordinal.</summary>
/// <param name="DocumentId">The document id.</param>
/// <param name="Ordinal">The task's 1-based position in its document.</param>
public readonly record struct TaskKey(string DocumentId, int Ordinal) : IComparable<TaskKey>
{
    /// <inheritdoc />
    public int CompareTo(TaskKey other)
    {
        var byDocument = string.CompareOrdinal(DocumentId, other.DocumentId);
        return byDocument != 0 ? byDocument : Ordinal.CompareTo(other.Ordinal);
    }

    /// <inheritdoc />
    public override string ToString() => $"{DocumentId}#{Ordinal}";
}
