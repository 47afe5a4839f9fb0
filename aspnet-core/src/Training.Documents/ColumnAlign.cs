namespace Training.Documents;

/// <summary>How a table column's cells sit in their width; numbers are right-aligned.</summary>
public enum ColumnAlign { Left, Center, Right }
