namespace Training.Documents.Blocks;

/// <summary>
/// A table without its row type: cells are asked for by (row, column) when laid out and again when drawn, so rows are
/// never copied into strings all at once.
/// </summary>
internal sealed record TableBlock : Block
{
    public required IReadOnlyList<string> Headers { get; init; }
    public required IReadOnlyList<ColumnAlign> Aligns { get; init; }
    public required IReadOnlyList<float?> Weights { get; init; }
    public required int RowCount { get; init; }
    public required Func<int, int, string> Cell { get; init; }
    public bool Zebra { get; init; }
    public IReadOnlyList<string>? TotalRow { get; init; }
    public int? MaxRowsPerPage { get; init; }

    public int ColumnCount => Headers.Count;

    public static TableBlock From<T>(TableSpec<T> spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Columns.Count == 0) throw new ArgumentException("A table needs at least one column.", nameof(spec));
        if (spec.TotalRow is { } total && total.Count != spec.Columns.Count)
            throw new ArgumentException($"The total row has {total.Count} cells for {spec.Columns.Count} columns.", nameof(spec));
        if (spec.MaxRowsPerPage is < 1) throw new ArgumentException("MaxRowsPerPage must be at least 1.", nameof(spec));
        if (spec.Columns.Any(c => c.Weight is <= 0)) throw new ArgumentException("A column weight must be positive.", nameof(spec));
        var rows = spec.Rows;
        var columns = spec.Columns.ToArray();
        return new TableBlock
        {
            Headers = columns.Select(c => c.Header).ToArray(),
            Aligns = columns.Select(c => c.Align).ToArray(),
            Weights = columns.Select(c => c.Weight).ToArray(),
            RowCount = rows.Count,
            Cell = (row, column) => columns[column].Cell(rows[row]) ?? "",
            Zebra = spec.Zebra,
            TotalRow = spec.TotalRow?.ToArray(),
            MaxRowsPerPage = spec.MaxRowsPerPage,
        };
    }
}
