namespace Training.Attendance.Domain;

/// <summary>
/// A line of a punch file that was not stored: its 1-based number, the error code, the offending value (the message's
/// argument) and the line's text, kept so the clerk can fix it and import it again. Written in bulk, so the id is the
/// database's.
/// </summary>
public sealed class PunchImportLine
{
    public const int MaxTextLength = 256;
    public const int MaxValueLength = 64;

    private PunchImportLine() { }

    public PunchImportLine(Guid importId, int lineNumber, string code, string value, string text)
    {
        ImportId = importId;
        LineNumber = lineNumber;
        Code = code;
        Value = Cut(value, MaxValueLength);
        Text = Cut(text, MaxTextLength);
    }

    public long Id { get; private set; }
    public Guid ImportId { get; private set; }
    public int LineNumber { get; private set; }
    public string Code { get; private set; } = "";
    public string Value { get; private set; } = "";
    public string Text { get; private set; } = "";

    private static string Cut(string s, int max) => s.Length > max ? s[..max] : s;
}
