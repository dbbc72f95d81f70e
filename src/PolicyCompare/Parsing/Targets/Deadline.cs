namespace PolicyCompare.Parsing.Targets;

/// <summary>A deadline stated in a task's text.</summary>
/// <param name="Start">Start in the target reader's view of the text.</param>
/// <param name="End">End (exclusive) in the view.</param>
/// <param name="Year">The year due, or null when only a month is stated (6月底前).</param>
/// <param name="Month">The month due, or null.</param>
/// <param name="Marked">
/// Whether the text marks it as a deadline (到, 于, 在…, or 底, 末, 前, 期间… after it), rather than a bare year.
/// </param>
internal sealed record Deadline(int Start, int End, int? Year, int? Month, bool Marked);
