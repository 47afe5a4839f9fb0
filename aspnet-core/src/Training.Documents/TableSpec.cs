namespace Training.Documents;

/// <summary>
/// A table: its rows (a list, so the count is known for progress; tens of thousands are fine), its columns, zebra
/// shading, an optional bold total row. The header row repeats on every page; a row is never split across pages.
/// </summary>
public sealed class TableSpec<T>
{
    public required IReadOnlyList<T> Rows { get; init; }
    public required IReadOnlyList<TableColumn<T>> Columns { get; init; }
    public bool Zebra { get; init; }

    /// <summary>One cell per column, drawn bold after the last row.</summary>
    public IReadOnlyList<string>? TotalRow { get; init; }

    /// <summary>At most this many rows on a page (a ranking printed 40 to a page); null: as many as fit.</summary>
    public int? MaxRowsPerPage { get; init; }
}
