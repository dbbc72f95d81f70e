using PolicyCompare.Alignment;

namespace PolicyCompare.Evaluation;

/// <summary>An expert's record of every topic one task addresses.</summary>
/// <param name="Task">The task (document id and 1-based ordinal).</param>
/// <param name="Primary">The topic most of the task is about.</param>
/// <param name="AlsoAddresses">Further topics a sentence or clause of the task substantively addresses, in file order.</param>
/// <param name="Line">The 1-based line of the file it was read from.</param>
public sealed record AddressedLabel(TaskKey Task, string Primary, IReadOnlyList<string> AlsoAddresses, int Line)
{
    /// <summary>The primary topic and every further topic.</summary>
    public IEnumerable<string> All => AlsoAddresses.Prepend(Primary);
}
