using PolicyCompare.Corpus;

namespace PolicyCompare.Alignment;

/// <summary>
/// Every topic each task belongs to: its focus topic (one per task, from <see cref="CorpusTopics"/>) and the further
/// topics its passages address. A task <em>addresses</em> a topic when it has either membership.
/// </summary>
public sealed class TopicMemberships
{
    private readonly Dictionary<TaskKey, TaskTopicMembership[]> _byTask;
    private readonly Dictionary<string, TaskTopicMembership[]> _byTopic;

    /// <summary>Creates the memberships.</summary>
    /// <param name="memberships">The memberships; at most one per task and topic, at most one focus per task.</param>
    /// <param name="threshold">The passage score a further topic needed (NaN when only focus memberships were made).</param>
    /// <param name="method">How they were found, for a report's methods section.</param>
    /// <exception cref="ArgumentException">A task and topic pair repeats, or a task has two focus topics.</exception>
    public TopicMemberships(IEnumerable<TaskTopicMembership> memberships, double threshold, string method)
    {
        ArgumentNullException.ThrowIfNull(memberships);
        ArgumentNullException.ThrowIfNull(method);
        var ordered = memberships
            .OrderBy(m => m.Task)
            .ThenBy(m => m.Role)
            .ThenBy(m => m.TopicId, StringComparer.Ordinal)
            .ToArray();
        var seen = new HashSet<(TaskKey, string)>();
        foreach (var m in ordered)
        {
            if (!seen.Add((m.Task, m.TopicId)))
            {
                throw new ArgumentException($"Task {m.Task} is a member of topic {m.TopicId} twice.", nameof(memberships));
            }
        }

        var twoFoci = ordered.GroupBy(m => m.Task).FirstOrDefault(g => g.Count(m => m.Role == MembershipRole.Focus) > 1);
        if (twoFoci is not null)
        {
            throw new ArgumentException($"Task {twoFoci.Key} has more than one focus topic.", nameof(memberships));
        }

        All = ordered;
        Threshold = threshold;
        Method = method;
        _byTask = ordered.GroupBy(m => m.Task).ToDictionary(g => g.Key, g => g.ToArray());
        _byTopic = ordered.GroupBy(m => m.TopicId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Every membership, by task, focus first, then topic id.</summary>
    public IReadOnlyList<TaskTopicMembership> All { get; }

    /// <summary>The passage score a further topic needed; NaN when only focus memberships were made.</summary>
    public double Threshold { get; }

    /// <summary>How the memberships were found.</summary>
    public string Method { get; }

    /// <summary>The memberships of a task, focus first.</summary>
    /// <param name="task">The task.</param>
    /// <returns>Its memberships (empty when it has none).</returns>
    public IReadOnlyList<TaskTopicMembership> Of(TaskKey task) => _byTask.GetValueOrDefault(task) ?? [];

    /// <summary>The memberships in a topic, by task.</summary>
    /// <param name="topicId">The topic.</param>
    /// <returns>Its memberships (empty when none).</returns>
    public IReadOnlyList<TaskTopicMembership> In(string topicId) => _byTopic.GetValueOrDefault(topicId) ?? [];

    /// <summary>The membership of a task in a topic, or null when the task does not address the topic.</summary>
    /// <param name="task">The task.</param>
    /// <param name="topicId">The topic.</param>
    /// <returns>The membership, or null.</returns>
    public TaskTopicMembership? Find(TaskKey task, string topicId) =>
        Of(task).FirstOrDefault(m => string.Equals(m.TopicId, topicId, StringComparison.Ordinal));

    /// <summary>Focus memberships only: each task in its <see cref="CorpusTopics"/> topic, no passage scored.</summary>
    /// <param name="topics">The topics.</param>
    /// <returns>The memberships.</returns>
    public static TopicMemberships FocusOnly(CorpusTopics topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        return new TopicMemberships(
            topics.Topics.SelectMany(t => t.Members.Select(m => new TaskTopicMembership(m, t.Id, MembershipRole.Focus, double.NaN, null))),
            double.NaN,
            "focus topics only");
    }

    /// <summary>Fails when a membership names a task the corpus does not have or a topic the topics do not have.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="topics">The topics.</param>
    /// <exception cref="PolicyCompareException">A membership does not belong to this corpus and these topics.</exception>
    public void RequireMatches(PolicyCorpus corpus, CorpusTopics topics)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(topics);
        var tasks = corpus.AllTasks.Select(p => new TaskKey(p.Document.Id, p.Task.Ordinal)).ToHashSet();
        var ids = topics.Topics.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var m in All)
        {
            if (!tasks.Contains(m.Task) || !ids.Contains(m.TopicId))
            {
                throw new PolicyCompareException($"Membership of task {m.Task} in topic {m.TopicId} does not match the corpus and topics; were the memberships computed on another corpus?");
            }

            if (m.Role == MembershipRole.Focus && topics.TopicOf(m.Task)?.Id != m.TopicId)
            {
                throw new PolicyCompareException($"Task {m.Task} has focus topic {m.TopicId} in the memberships but {topics.TopicOf(m.Task)?.Id ?? "none"} in the topics.");
            }
        }
    }
}
