using PolicyCompare.Corpus;

namespace PolicyCompare.Export;

/// <summary>
/// Adds the corpus's custom document variables (<see cref="Documents.DocumentMetadata.Variables"/>) as columns of a
/// table keyed by <c>document_id</c>, so every such table can be filtered and grouped by them without a join.
/// </summary>
/// <remarks>
/// One column per variable, in ordinal name order, after the table's own columns, named as the variable; where the
/// table already has a column of that name (a variable <c>population</c> in <c>drift-points</c>), it is named
/// <c>document_&lt;name&gt;</c> in that table. Column type: Text for text; Integer
/// when every number is a whole number within 32 bits, else Real (NaN where a document lacks the value); Boolean when
/// every document states true/false and every row belongs to a document, else Text (<c>true</c>/<c>false</c>, null where
/// unknown, as in a pooled row); Text when no document states a value.
/// </remarks>
internal static class DocumentVariableColumns
{
    private const string KeyColumn = "document_id";

    /// <exception cref="PolicyCompareException">A variable's name and its <c>document_</c> form are both columns of the table.</exception>
    public static ResultTable WithDocumentVariables(this ResultTable table, PolicyCorpus corpus)
    {
        var key = table.Columns.Select((c, i) => (c, i)).FirstOrDefault(x => x.c.Name == KeyColumn && x.c.Type == TableColumnType.Text);
        var names = Names(corpus);
        if (key.c is null || names.Count == 0)
        {
            return table;
        }

        var taken = table.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var variables = corpus.Documents.ToDictionary(d => d.Id, d => d.Metadata.Variables, StringComparer.Ordinal);
        var everyRowHasDocument = table.Rows.All(r => r[key.i] is string id && variables.ContainsKey(id));
        var columns = names.Select(n =>
        {
            var column = taken.Contains(n) ? "document_" + n : n;
            return taken.Add(column)
                ? (Variable: n, Column: new TableColumn(column, TypeOf(corpus, n, everyRowHasDocument)))
                : throw new PolicyCompareException(
                    $"The document variable \"{n}\" can be neither \"{n}\" nor \"{column}\" in the {table.Name} table, which has both; rename it in {CorpusManifest.FileName}.");
        }).ToList();
        var rows = table.Rows.Select(row =>
        {
            var values = row[key.i] is string id && variables.TryGetValue(id, out var v) ? v : null;
            return (IReadOnlyList<object?>)[.. row, .. columns.Select(c => Value(values?.GetValueOrDefault(c.Variable), c.Column.Type))];
        }).ToList();
        return new ResultTable(table.Name, [.. table.Columns, .. columns.Select(c => c.Column)], rows);
    }

    /// <summary>The variable names of a corpus, in ordinal order.</summary>
    public static IReadOnlyList<string> Names(PolicyCorpus corpus) =>
        corpus.Documents.SelectMany(d => d.Metadata.Variables.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    private static TableColumnType TypeOf(PolicyCorpus corpus, string name, bool everyRowHasDocument)
    {
        var values = corpus.Documents.Select(d => d.Metadata.Variables.GetValueOrDefault(name)).ToList();
        var stated = values.Where(v => v is not null).ToList();
        return stated.FirstOrDefault() switch
        {
            double => stated.Cast<double>().All(x => x == Math.Floor(x) && x is >= int.MinValue and <= int.MaxValue) ? TableColumnType.Integer : TableColumnType.Real,
            bool when stated.Count == values.Count && everyRowHasDocument => TableColumnType.Boolean,
            _ => TableColumnType.Text,
        };
    }

    private static object? Value(object? value, TableColumnType type) =>
        type switch
        {
            TableColumnType.Integer => value is double d ? (int)d : null,
            TableColumnType.Real => value is double d ? d : double.NaN,
            TableColumnType.Boolean => value is bool b && b,
            _ => value switch
            {
                null => null,
                bool b => b ? "true" : "false",
                _ => (string)value,
            },
        };
}
