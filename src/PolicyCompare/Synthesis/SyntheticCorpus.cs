using PolicyCompare.Alignment;
using PolicyCompare.Evaluation;

namespace PolicyCompare.Synthesis;

/// <summary>A generated corpus: plans in id order, each task traceable to the source task it was made from.</summary>
/// <param name="Plans">The plans.</param>
public sealed record SyntheticCorpus(IReadOnlyList<SyntheticPlan> Plans)
{
    /// <summary>Every generated task with its source, plans in order.</summary>
    public IEnumerable<SyntheticTaskSource> Sources => Plans.SelectMany(p => p.Sources);

    /// <summary>
    /// Carries labels of source tasks over to the generated tasks made from them, so that topic quality can be scored on a
    /// corpus of any size with the labels of a small one. Generated tasks whose source is unlabelled get no label.
    /// </summary>
    /// <param name="sourceLabels">Labels of the source corpus's tasks.</param>
    /// <returns>One label per labelled generated task, in task order (line numbers as a written gold file would have them).</returns>
    public IReadOnlyList<GoldLabel> PropagateLabels(GoldLabels sourceLabels)
    {
        ArgumentNullException.ThrowIfNull(sourceLabels);
        var byTask = new Dictionary<TaskKey, string>();
        foreach (var label in sourceLabels.Labels)
        {
            byTask[label.Task] = label.Topic;
        }

        var result = new List<GoldLabel>();
        foreach (var source in Sources)
        {
            if (byTask.TryGetValue(source.Source, out var topic))
            {
                result.Add(new GoldLabel(source.Task, topic, result.Count + 2));
            }
        }

        return result;
    }
}
