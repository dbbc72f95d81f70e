using PolicyCompare.Alignment;

namespace PolicyCompare.Topics;

/// <summary>Where <see cref="TopicModel.TransformAsync"/> placed one task.</summary>
/// <param name="Task">The task.</param>
/// <param name="TopicId">The kept topic whose centroid is nearest (highest cosine; the first topic wins ties).</param>
/// <param name="Similarity">Cosine similarity of the task to that centroid, in [−1, 1].</param>
/// <param name="Similarities">Cosine similarity to every kept topic's centroid, in the model's topic order (the membership scores).</param>
public sealed record TopicPlacement(TaskKey Task, string TopicId, double Similarity, IReadOnlyList<double> Similarities);
