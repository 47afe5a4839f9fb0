namespace Training.Attendance.Application.PunchFiles;

/// <summary>
/// One non-blank line of a punch file as read: either a punch (user id, the device's local time, verify mode, state,
/// work code, and the serial when the file has a serial column) or the reason it cannot be one (<see cref="ErrorCode"/>
/// with its arguments joined by tabs). <see cref="Number"/> is the line (or row) number as an editor shows it.
/// </summary>
internal readonly record struct PunchFileLine(
    int Number, string Text, string UserId, DateTime LocalTime, int VerifyMode, int State, string? WorkCode, string? Serial,
    string? ErrorCode = null, string? ErrorArgs = null)
{
    public bool IsValid => ErrorCode is null;

    public static PunchFileLine Bad(int number, string text, string code, params object[] args) =>
        new(number, text, "", default, 0, 0, null, null, code, string.Join('\t', args));
}
