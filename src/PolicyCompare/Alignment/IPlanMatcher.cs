using PolicyCompare.Documents;

namespace PolicyCompare.Alignment;

/// <summary>Matches the tasks of two plans.</summary>
public interface IPlanMatcher
{
    /// <summary>Matches the tasks of <paramref name="left"/> and <paramref name="right"/>.</summary>
    /// <param name="left">The first plan.</param>
    /// <param name="right">The second plan.</param>
    /// <param name="embeddings">Vectors of (at least) every task of both plans.</param>
    /// <returns>The links, the similarity matrix and the unmatched tasks.</returns>
    PlanAlignment Match(PolicyDocument left, PolicyDocument right, TaskEmbeddings embeddings);
}
