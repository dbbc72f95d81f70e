namespace PolicyCompare.Charts;

/// <summary>A matched task pair in an alignment heatmap: the row task of one plan and the column task of the other.</summary>
/// <param name="Row">Row index.</param>
/// <param name="Column">Column index.</param>
public readonly record struct MatchedCell(int Row, int Column);
