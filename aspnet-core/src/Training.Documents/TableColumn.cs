namespace Training.Documents;

/// <summary>
/// One column: its header, how a row becomes the cell's text, its alignment, and optionally a fixed share of the
/// table's width (<see cref="Weight"/>; columns without one are sized by their content).
/// </summary>
public sealed record TableColumn<T>(string Header, Func<T, string> Cell, ColumnAlign Align = ColumnAlign.Left, float? Weight = null);
