using PolicyCompare.Documents;

namespace PolicyCompare.Parsing.Targets;

/// <summary>A number with its unit found in the reader's view of a task text, before scope and deadline are given.</summary>
/// <param name="Start">Start in the view.</param>
/// <param name="End">End (exclusive) in the view, after the comparator suffix.</param>
/// <param name="Value">The value in base units.</param>
/// <param name="Max">The upper value of a range, or null.</param>
/// <param name="Unit">The unit (%, ‰, /万, /10万, 元, 家…).</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Suffix">The comparator word after it (以上, 以下, 以内, 左右, 及以上) or empty.</param>
internal sealed record Quantity(int Start, int End, double Value, double? Max, string Unit, TargetKind Kind, string Suffix);
