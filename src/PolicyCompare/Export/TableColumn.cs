namespace PolicyCompare.Export;

/// <summary>The type of a result-table column, which fixes its DataFrame column type and CSV formatting.</summary>
public enum TableColumnType
{
    /// <summary>Text (string, may be null).</summary>
    Text,
    /// <summary>32-bit integer (may be null).</summary>
    Integer,
    /// <summary>Double; NaN marks an undefined value.</summary>
    Real,
    /// <summary>Boolean.</summary>
    Boolean,
}

/// <summary>A column of a <see cref="ResultTable"/>.</summary>
/// <param name="Name">Column name (snake_case, stable: scripts depend on it).</param>
/// <param name="Type">Value type.</param>
public sealed record TableColumn(string Name, TableColumnType Type);
