namespace PolicyCompare.Charts;

/// <summary>
/// Input of the plan-to-plan alignment heatmap: similarity of every task of one plan (rows) to every task of
/// another (columns), with the matched pairs outlined.
/// </summary>
/// <param name="Title">Chart title.</param>
/// <param name="XLabel">Label of the column axis (the second plan).</param>
/// <param name="YLabel">Label of the row axis (the first plan).</param>
/// <param name="RowLabels">Task labels of the first plan, top to bottom (shortened to fit).</param>
/// <param name="ColumnLabels">Task labels of the second plan, left to right (shortened to fit).</param>
/// <param name="Similarity">Similarity [row, column], typically cosine in [-1, 1].</param>
/// <param name="Matches">Cells of matched task pairs.</param>
/// <param name="MatchLegendLabel">Legend text of the outline that marks a match (e.g. 匹配的任务对).</param>
/// <param name="ColorScaleLabel">Title of the colour bar (e.g. 余弦相似度).</param>
public sealed record AlignmentHeatmapData(
    string Title,
    string XLabel,
    string YLabel,
    IReadOnlyList<string> RowLabels,
    IReadOnlyList<string> ColumnLabels,
    double[,] Similarity,
    IReadOnlyList<MatchedCell> Matches,
    string MatchLegendLabel,
    string ColorScaleLabel)
{
    /// <summary>Throws <see cref="ArgumentException"/> when shapes disagree or a match lies outside the grid.</summary>
    internal void Validate()
    {
        new HeatmapData(Title, XLabel, YLabel, RowLabels, ColumnLabels, Similarity).Validate();
        foreach (MatchedCell match in Matches)
        {
            if (match.Row < 0 || match.Row >= RowLabels.Count || match.Column < 0 || match.Column >= ColumnLabels.Count)
            {
                throw new ArgumentException($"Chart '{Title}': match ({match.Row}, {match.Column}) lies outside the {RowLabels.Count}×{ColumnLabels.Count} grid.", nameof(Matches));
            }
        }
    }
}
