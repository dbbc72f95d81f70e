using System.Text;
using PolicyCompare.Alignment;
using PolicyCompare.Corpus;
using PolicyCompare.Documents;

namespace PolicyCompare.Tests.Metrics;

/// <summary>Builds small hand-made plans for metric tests: tasks with topics, departments and targets located in the text.</summary>
internal sealed class PlanBuilder(string id, string? region, int? year)
{
    private readonly List<TaskSpec> _tasks = [];

    public string Id => id;

    public PlanBuilder Task(string text, string? topic = null, params (string Agency, ResponsibilityRole Role)[] departments)
    {
        _tasks.Add(new TaskSpec(text, topic, departments, []));
        return this;
    }

    /// <summary>Adds a target to the last task; <paramref name="targetText"/> must occur in its text (the n-th occurrence when repeated).</summary>
    public PlanBuilder Target(string targetText, double value, TargetComparator comparator = TargetComparator.AtLeast, TargetKind kind = TargetKind.Percentage,
        string unit = "%", string? scope = null, int? deadline = null, double? valueMax = null, int occurrence = 1, string? per = null)
    {
        _tasks[^1].Targets.Add(new TargetSpec(targetText, value, valueMax, unit, kind, comparator, scope, deadline, occurrence, per));
        return this;
    }

    public IReadOnlyList<(int Ordinal, string? Topic)> Topics => _tasks.Select((t, i) => (i + 1, t.Topic)).ToArray();

    public PolicyDocument Build()
    {
        var source = new StringBuilder();
        var tasks = new List<PolicyTask>();
        var spans = new List<DocumentSpan>();
        for (var i = 0; i < _tasks.Count; i++)
        {
            var spec = _tasks[i];
            var start = source.Length;
            var text = new NormalizedText(spec.Text, Enumerable.Range(start, spec.Text.Length).ToArray());
            source.Append(spec.Text).Append('\n');
            var responsibilities = spec.Departments
                .Select((d, rank) => new Responsibility(d.Agency, d.Agency.StartsWith("raw:", StringComparison.Ordinal) ? null : d.Agency, d.Agency.StartsWith("raw:", StringComparison.Ordinal) ? null : "名" + d.Agency, null, d.Role, rank + 1, new SourceSpan(start, 1)))
                .ToArray();
            var targets = spec.Targets.Select(t =>
            {
                var at = -1;
                for (var n = 0; n < t.Occurrence; n++)
                {
                    at = spec.Text.IndexOf(t.Text, at + 1, StringComparison.Ordinal);
                }

                if (at < 0)
                {
                    throw new InvalidOperationException($"'{t.Text}' is not in task '{spec.Text}'.");
                }

                return new Target(t.Text, t.Value, t.ValueMax, t.Unit, t.Kind, t.Comparator, t.Scope, t.Deadline, new SourceSpan(start + at, t.Text.Length))
                {
                    Per = t.Per,
                    IsFullCoverage = t.Kind == TargetKind.Milestone && t.Text == "全覆盖", // as the parser marks it
                };
            }).ToArray();
            tasks.Add(new PolicyTask(i + 1, [], $"（{i + 1}）", spec.Text.Split('。')[0], text, new SourceSpan(start, spec.Text.Length + 1))
            {
                Responsibilities = responsibilities,
                Targets = targets,
            });
            spans.Add(new DocumentSpan(SpanKind.Task, new SourceSpan(start, spec.Text.Length + 1)));
        }

        return new PolicyDocument(new DocumentMetadata(id, region, null, null, year), source.ToString(), [], tasks, spans);
    }

    private sealed record TaskSpec(string Text, string? Topic, (string Agency, ResponsibilityRole Role)[] Departments, List<TargetSpec> Targets);

    private sealed record TargetSpec(string Text, double Value, double? ValueMax, string Unit, TargetKind Kind, TargetComparator Comparator, string? Scope, int? Deadline, int Occurrence, string? Per);
}

/// <summary>A corpus, its topics (from the builders' topic labels) and task embeddings.</summary>
internal sealed class TestCorpus
{
    public TestCorpus(params PlanBuilder[] plans)
    {
        Corpus = new PolicyCorpus(plans.Select(p => p.Build()).ToArray());
        var members = plans
            .SelectMany(p => p.Topics.Where(t => t.Topic is not null).Select(t => (Topic: t.Topic!, Key: new TaskKey(p.Id, t.Ordinal))))
            .GroupBy(m => m.Topic, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CorpusTopic(g.Key, "label " + g.Key, [], g.First().Key, "t", g.Select(m => m.Key).Order().ToArray(), 1))
            .ToArray();
        Topics = new CorpusTopics(members, "test");
        TopicIds = members.Select(m => m.Id).ToArray();
        var keys = Corpus.AllTasks.Select(t => new TaskKey(t.Document.Id, t.Task.Ordinal)).ToArray();
        // Default task embedding: one-hot on the task's topic (last dimension for tasks without a topic).
        Embeddings = new TaskEmbeddings(keys, keys.Select(k => OneHot(Topics.TopicOf(k)?.Id)).ToArray(), "one-hot-topic");
    }

    public PolicyCorpus Corpus { get; }

    public CorpusTopics Topics { get; }

    public IReadOnlyList<string> TopicIds { get; }

    public TaskEmbeddings Embeddings { get; private set; }

    public TestCorpus WithEmbeddings(Func<TaskKey, PolicyTask, float[]> vector)
    {
        var pairs = Corpus.AllTasks.Select(t => (Key: new TaskKey(t.Document.Id, t.Task.Ordinal), t.Task)).ToArray();
        Embeddings = new TaskEmbeddings(pairs.Select(p => p.Key).ToArray(), pairs.Select(p => vector(p.Key, p.Task)).ToArray(), "custom");
        return this;
    }

    private float[] OneHot(string? topic)
    {
        var v = new float[TopicIds.Count + 1];
        v[topic is null ? TopicIds.Count : TopicIds.ToList().IndexOf(topic)] = 1;
        return v;
    }
}
