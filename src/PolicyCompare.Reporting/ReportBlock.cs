namespace PolicyCompare.Reporting;

/// <summary>One piece of section content. Renderers know every block type of this assembly and refuse others.</summary>
public abstract record ReportBlock;

/// <summary>A paragraph of plain text.</summary>
/// <param name="Text">The text (escaped by the renderer; line breaks are kept as spaces).</param>
public sealed record ParagraphBlock(string Text) : ReportBlock;

/// <summary>
/// Stands where a chart could not be drawn: a paragraph naming the chart and the reason, rendered as a paragraph, and
/// listed by <see cref="ReportDocument.ChartNotices"/> so a caller can also report it (the CLI writes it to standard error).
/// </summary>
/// <param name="FileStem">The file stem the chart would have had.</param>
/// <param name="Text">The paragraph: the chart's name, the reason, and that the data are in <c>data/*.csv</c>.</param>
public sealed record ChartNoticeBlock(string FileStem, string Text) : ReportBlock;

/// <summary>A bulleted list of plain-text items.</summary>
/// <param name="Items">The items.</param>
public sealed record ListBlock(IReadOnlyList<string> Items) : ReportBlock;

/// <summary>A table with a caption, a header row and plain-text cells.</summary>
/// <param name="Caption">Caption shown above the table.</param>
/// <param name="Columns">Header cells.</param>
/// <param name="Rows">Body rows; each has one cell per column.</param>
/// <param name="NumericColumns">Column indexes to right-align (numbers); null for none.</param>
public sealed record TableBlock(
    string Caption,
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlySet<int>? NumericColumns = null) : ReportBlock
{
    /// <summary>Throws <see cref="ArgumentException"/> when a row's cell count differs from the header's.</summary>
    internal void Validate()
    {
        for (int i = 0; i < Rows.Count; i++)
        {
            if (Rows[i].Count != Columns.Count)
            {
                throw new ArgumentException($"Table '{Caption}': row {i + 1} has {Rows[i].Count} cells for {Columns.Count} columns.");
            }
        }
    }
}

/// <summary>
/// The tasks of every plan under one topic, side by side, with the key terms the plans share highlighted.
/// </summary>
/// <param name="Topic">Topic label.</param>
/// <param name="KeyTerms">Terms to highlight wherever they occur in the task texts.</param>
/// <param name="Plans">One column per plan, in report order.</param>
/// <param name="KeyTermsLabel">Label in front of the list of key terms (in the report's language).</param>
/// <param name="NoTasksText">Shown for a plan with no task under the topic.</param>
public sealed record TaskComparisonBlock(
    string Topic,
    IReadOnlyList<string> KeyTerms,
    IReadOnlyList<PlanTasks> Plans,
    string KeyTermsLabel,
    string NoTasksText) : ReportBlock;

/// <summary>One plan's tasks in a <see cref="TaskComparisonBlock"/>.</summary>
/// <param name="PlanLabel">Plan label, e.g. "吉林省 2021".</param>
/// <param name="Tasks">The plan's tasks under the topic.</param>
public sealed record PlanTasks(string PlanLabel, IReadOnlyList<TaskText> Tasks);

/// <summary>A task as quoted in the report.</summary>
/// <param name="Reference">Where it is in its plan (e.g. "（三）12"), shown before the text.</param>
/// <param name="Text">The task text from the document.</param>
public sealed record TaskText(string Reference, string Text);
