namespace PolicyCompare.Alignment;

/// <summary>The topics of a corpus and which topic each task belongs to.</summary>
public sealed record CorpusTopics
{
    private readonly IReadOnlyList<CorpusTopic> _topics = [];
    private IReadOnlyDictionary<TaskKey, CorpusTopic> _byTask = new Dictionary<TaskKey, CorpusTopic>();

    /// <summary>Creates the topics.</summary>
    /// <param name="topics">Topics, ordered by id.</param>
    /// <param name="method">How the topics were found (e.g. <c>clustering</c> or <c>codebook</c>), for the methods section of a report.</param>
    /// <exception cref="ArgumentException">A task belongs to two topics.</exception>
    public CorpusTopics(IReadOnlyList<CorpusTopic> topics, string method)
    {
        Topics = topics;
        Method = method;
    }

    /// <summary>Topics, ordered by id.</summary>
    /// <exception cref="ArgumentException">A task belongs to two topics.</exception>
    public IReadOnlyList<CorpusTopic> Topics
    {
        get => _topics;
        init
        {
            ArgumentNullException.ThrowIfNull(value);

            // Built with the topics (not lazily) so that a copy made with `with { Topics = … }` never answers from the old index.
            var byTask = new Dictionary<TaskKey, CorpusTopic>();
            foreach (var topic in value)
            {
                foreach (var member in topic.Members)
                {
                    if (!byTask.TryAdd(member, topic))
                    {
                        throw new ArgumentException($"Task {member} belongs to both {byTask[member].Id} and {topic.Id}.", nameof(value));
                    }
                }
            }

            _topics = value;
            _byTask = byTask;
        }
    }

    /// <summary>How the topics would merge further, closest first (see <see cref="TopicPartition.Hierarchy"/>); empty when no tree was kept.</summary>
    public IReadOnlyList<TopicMerge> Hierarchy { get; init; } = [];

    /// <summary>How the topics were found, for the methods section of a report.</summary>
    public string Method { get; init; }

    /// <summary>The topic a task belongs to, or null when it was left unassigned (codebook "none of these").</summary>
    /// <param name="task">The task.</param>
    /// <returns>Its topic, or null.</returns>
    public CorpusTopic? TopicOf(TaskKey task) => _byTask.GetValueOrDefault(task);
}
