using PolicyCompare.Alignment;
using PolicyCompare.Corpus;

namespace PolicyCompare.Metrics;

/// <summary>The focus topic of each task of a corpus (one per task), checked against the corpus.</summary>
internal sealed class TopicAssignment
{
    private readonly Dictionary<TaskKey, CorpusTopic> _byTask;

    private TopicAssignment(IReadOnlyList<CorpusTopic> topics, Dictionary<TaskKey, CorpusTopic> byTask)
    {
        Topics = topics;
        _byTask = byTask;
    }

    /// <summary>Topics ordered by ordinal id.</summary>
    public IReadOnlyList<CorpusTopic> Topics { get; }

    public CorpusTopic? TopicOf(TaskKey task) => _byTask.GetValueOrDefault(task);

    /// <summary>Builds the membership, failing when topics and corpus disagree (a member that is no task of the corpus, a task in two topics, a repeated id).</summary>
    public static TopicAssignment Build(PolicyCorpus corpus, CorpusTopics topics)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(topics);
        var tasks = corpus.AllTasks.Select(p => new TaskKey(p.Document.Id, p.Task.Ordinal)).ToHashSet();
        var byTask = new Dictionary<TaskKey, CorpusTopic>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var topic in topics.Topics)
        {
            if (!ids.Add(topic.Id))
            {
                throw new PolicyCompareException($"Topic id '{topic.Id}' appears twice in the topics ({topics.Method}).");
            }

            foreach (var member in topic.Members)
            {
                if (!tasks.Contains(member))
                {
                    throw new PolicyCompareException($"Topic {topic.Id} lists task {member}, which is not a task of the corpus; were the topics computed on another corpus?");
                }

                if (!byTask.TryAdd(member, topic))
                {
                    throw new PolicyCompareException($"Task {member} belongs to both topic {byTask[member].Id} and topic {topic.Id}.");
                }
            }
        }

        var ordered = topics.Topics.OrderBy(t => t.Id, StringComparer.Ordinal).ToArray();
        return new TopicAssignment(ordered, byTask);
    }
}
