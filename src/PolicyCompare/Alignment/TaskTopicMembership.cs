namespace PolicyCompare.Alignment;

/// <summary>One task's membership in one topic, with the passage that carries it.</summary>
/// <param name="Task">The task.</param>
/// <param name="TopicId">The topic.</param>
/// <param name="Role">Focus (the task's primary topic) or Addresses (a further topic).</param>
/// <param name="Score">
/// The best passage score for the topic: the cosine between the passage's and the topic's class-based TF-IDF vectors, in
/// [0, 1]; NaN when the task has no passage with words the topics know (a focus membership still stands).
/// </param>
/// <param name="Evidence">The best-scoring passage, or null when no passage scores.</param>
public sealed record TaskTopicMembership(TaskKey Task, string TopicId, MembershipRole Role, double Score, TaskPassage? Evidence);
