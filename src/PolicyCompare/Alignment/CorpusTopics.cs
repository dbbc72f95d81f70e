namespace PolicyCompare.Alignment;

/// <summary>The topics of a corpus and which topic each task belongs to.</summary>
/// <param name="Topics">Topics, ordered by id.</param>
/// <param name="Method">How the topics were found (e.g. <c>clustering</c> or <c>codebook</c>), for the methods section of a report.</param>
public sealed record CorpusTopics(IReadOnlyList<CorpusTopic> Topics, string Method)
{
    private Dictionary<TaskKey, CorpusTopic>? _byTask;

    /// <summary>The topic a task belongs to, or null when it was left unassigned (codebook "none of these").</summary>
    /// <param name="task">The task.</param>
    /// <returns>Its topic, or null.</returns>
    public CorpusTopic? TopicOf(TaskKey task)
    {
        _byTask ??= Topics.SelectMany(t => t.Members.Select(m => (m, t))).ToDictionary(p => p.m, p => p.t);
        return _byTask.GetValueOrDefault(task);
    }
}
