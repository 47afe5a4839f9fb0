using System.Globalization;

namespace Training.Attendance.Application.PunchFiles;

/// <summary>Turns a line's cells into a <see cref="PunchFileLine"/> by column positions: the one rule every format shares.</summary>
internal sealed record PunchFields(
    int UserId, int Time, int? VerifyMode, int? State, int? WorkCode, int? Serial, string TimeFormat, int RequiredColumns)
{
    public const string AttlogTimeFormat = "yyyy-MM-dd HH:mm:ss";

    /// <summary>Also read <see cref="AttlogTimeFormat"/> (and a bare date, midnight) whatever <see cref="TimeFormat"/> says: cells typed as dates.</summary>
    public bool AcceptIsoTime { get; init; }

    /// <summary>The ZKTeco attlog columns: user id, local time, verify mode, state, work code (0-based positions here).</summary>
    public static readonly PunchFields Attlog = new(0, 1, 2, 3, 4, null, AttlogTimeFormat, 2);

    public static PunchFields From(Domain.PunchColumnMapping m) => new(
        m.UserIdColumn - 1, m.TimeColumn - 1, m.VerifyModeColumn - 1, m.StateColumn - 1, m.WorkCodeColumn - 1, m.SerialColumn - 1,
        m.TimeFormat, m.RequiredColumns);

    public PunchFileLine Read(int number, string text, IReadOnlyList<string?> cells)
    {
        if (cells.Count < RequiredColumns)
            return PunchFileLine.Bad(number, text, AttendanceErrorCodes.PunchFiles.LineTooShort, cells.Count, RequiredColumns);
        var userId = Cell(cells, UserId);
        if (userId is null || userId.Length > AttendanceConsts.MaxDeviceUserIdLength)
            return PunchFileLine.Bad(number, text, AttendanceErrorCodes.PunchFiles.LineBadUserId, userId ?? "", AttendanceConsts.MaxDeviceUserIdLength);
        var timeText = Cell(cells, Time) ?? "";
        if (!TryParseTime(timeText, TimeFormat, out var time)
            && !(AcceptIsoTime && (TryParseTime(timeText, AttlogTimeFormat, out time) || TryParseTime(timeText, "yyyy-MM-dd", out time))))
            return PunchFileLine.Bad(number, text, AttendanceErrorCodes.PunchFiles.LineBadTime, timeText, TimeFormat);
        if (!TryNumber(cells, VerifyMode, out var verify))
            return PunchFileLine.Bad(number, text, AttendanceErrorCodes.PunchFiles.LineBadValue, "verify mode", Cell(cells, VerifyMode)!);
        if (!TryNumber(cells, State, out var state))
            return PunchFileLine.Bad(number, text, AttendanceErrorCodes.PunchFiles.LineBadValue, "state", Cell(cells, State)!);
        var workCode = Cell(cells, WorkCode);
        if (workCode is { Length: > AttendanceConsts.MaxWorkCodeLength })
            return PunchFileLine.Bad(number, text, AttendanceErrorCodes.PunchFiles.LineBadValue, "work code", workCode);
        var serial = Cell(cells, Serial);
        if (Serial is not null && (serial is null || serial.Length > AttendanceConsts.MaxSerialLength))
            return PunchFileLine.Bad(number, text, AttendanceErrorCodes.PunchFiles.LineBadValue, "serial", serial ?? "");
        return new PunchFileLine(number, text, userId, time, verify, state, workCode is "0" ? null : workCode, serial);
    }

    /// <summary>
    /// The attlog format is read by hand (a million lines a file: ParseExact would be a fifth of the parse); any other
    /// format through <see cref="DateTime.TryParseExact(string, string, IFormatProvider, DateTimeStyles, out DateTime)"/>.
    /// Seconds are kept as the device wrote them: they are part of the punch's identity.
    /// </summary>
    public static bool TryParseTime(string text, string format, out DateTime time)
    {
        if (format == AttlogTimeFormat && TryParseAttlogTime(text, out time)) return true;
        return DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out time);
    }

    private static bool TryParseAttlogTime(ReadOnlySpan<char> s, out DateTime time)
    {
        time = default;
        if (s.Length != 19 || s[4] != '-' || s[7] != '-' || s[10] != ' ' || s[13] != ':' || s[16] != ':') return false;
        if (!Digits(s[..4], out var y) || !Digits(s.Slice(5, 2), out var mo) || !Digits(s.Slice(8, 2), out var d)
            || !Digits(s.Slice(11, 2), out var h) || !Digits(s.Slice(14, 2), out var mi) || !Digits(s.Slice(17, 2), out var se)) return false;
        if (y < 1 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo) || h > 23 || mi > 59 || se > 59) return false;
        time = new DateTime(y, mo, d, h, mi, se, DateTimeKind.Unspecified);
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }

    private static bool TryNumber(IReadOnlyList<string?> cells, int? column, out int value)
    {
        value = 0;
        var text = Cell(cells, column);
        return text is null || int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
    }

    private static string? Cell(IReadOnlyList<string?> cells, int? column) =>
        column is { } c && c < cells.Count && cells[c]?.Trim() is { Length: > 0 } v ? v : null;
}
