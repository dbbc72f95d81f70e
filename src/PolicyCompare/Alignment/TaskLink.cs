using PolicyCompare.Documents;

namespace PolicyCompare.Alignment;

/// <summary>Whether a link comes from the optimal one-to-one assignment or joins a task that covers several.</summary>
public enum LinkKind
{
    /// <summary>A pair of the optimal one-to-one assignment.</summary>
    OneToOne,
    /// <summary>An extra link: one task's theme is split over several tasks of the other plan.</summary>
    Additional,
}

/// <summary>A correspondence between a task of each plan.</summary>
/// <param name="Left">The first plan's task.</param>
/// <param name="Right">The second plan's task.</param>
/// <param name="Score">Cosine similarity of the two tasks' vectors.</param>
/// <param name="Kind">One-to-one or additional.</param>
/// <param name="Evidence">The two source spans and the key terms both tasks use.</param>
public sealed record TaskLink(TaskKey Left, TaskKey Right, double Score, LinkKind Kind, LinkEvidence Evidence);

/// <summary>Why two tasks are linked, traceable to the source texts.</summary>
/// <param name="LeftSpan">The first task's span in its document's source text.</param>
/// <param name="RightSpan">The second task's span in its document's source text.</param>
/// <param name="SharedTerms">Words both tasks use, most specific first (rarest in the two plans).</param>
public sealed record LinkEvidence(SourceSpan LeftSpan, SourceSpan RightSpan, IReadOnlyList<string> SharedTerms);

/// <summary>A task left without a link, with the task it resembles most on the other side.</summary>
/// <param name="Task">The unmatched task.</param>
/// <param name="BestCandidate">Its most similar task in the other plan, or null when that plan has no task.</param>
/// <param name="BestScore">That similarity (0 when there is no candidate).</param>
public sealed record UnmatchedTask(TaskKey Task, TaskKey? BestCandidate, double BestScore);
