using PolicyCompare.Alignment;

namespace PolicyCompare.Export;

/// <summary>Plan-to-plan alignments as a result table.</summary>
public static class AlignmentTables
{
    /// <summary>
    /// Table <c>alignments</c>: one row per link (left document and task, right document and task, score, kind
    /// <c>one-to-one</c> or <c>additional</c>, shared key terms), alignments in the order given.
    /// </summary>
    /// <param name="alignments">The alignments.</param>
    /// <returns>The table.</returns>
    public static ResultTable ToTable(this IReadOnlyList<PlanAlignment> alignments)
    {
        ArgumentNullException.ThrowIfNull(alignments);
        var table = new TableBuilder("alignments")
            .Text("left_document_id").Integer("left_task_ordinal").Text("right_document_id").Integer("right_task_ordinal").Real("score")
            .Text("kind").Text("shared_terms");
        foreach (var a in alignments)
        {
            foreach (var l in a.Links)
            {
                table.Row(a.LeftDocumentId, l.Left.Ordinal, a.RightDocumentId, l.Right.Ordinal, l.Score,
                    l.Kind == LinkKind.OneToOne ? "one-to-one" : "additional", string.Join(" ", l.Evidence.SharedTerms));
            }
        }

        return table.Build();
    }
}
