namespace PolicyCompare.Export;

/// <summary>Builds a <see cref="ResultTable"/> row by row from typed column declarations.</summary>
internal sealed class TableBuilder(string name)
{
    private readonly List<TableColumn> _columns = [];
    private readonly List<object?[]> _rows = [];

    public TableBuilder Text(string column) => Add(column, TableColumnType.Text);

    public TableBuilder Integer(string column) => Add(column, TableColumnType.Integer);

    public TableBuilder Real(string column) => Add(column, TableColumnType.Real);

    public TableBuilder Boolean(string column) => Add(column, TableColumnType.Boolean);

    public void Row(params object?[] values) => _rows.Add(values);

    public ResultTable Build() => new(name, _columns, _rows);

    private TableBuilder Add(string column, TableColumnType type)
    {
        _columns.Add(new TableColumn(column, type));
        return this;
    }
}
