namespace Training.Documents;

/// <summary>Rendering progress: table rows drawn of all table rows, and pages finished.</summary>
public sealed record DocumentProgress(int RowsDone, int RowsTotal, int PagesDone);
