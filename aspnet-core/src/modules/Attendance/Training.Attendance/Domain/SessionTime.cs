using System.Globalization;
using Training.SharedKernel.Errors;

namespace Training.Attendance.Domain;

/// <summary>A working session in the hall's local wall-clock time (上午 09:00–12:00).</summary>
public sealed record SessionTime(string Name, TimeOnly Start, TimeOnly End)
{
    /// <summary>Sessions are stored as one short text column ("上午|09:00|12:00;下午|13:30|17:00"): they are read and written whole.</summary>
    public static string Format(IEnumerable<SessionTime> sessions) =>
        string.Join(';', sessions.Select(s => $"{s.Name}|{s.Start:HH\\:mm}|{s.End:HH\\:mm}"));

    public static IReadOnlyList<SessionTime> Parse(string text) =>
        string.IsNullOrEmpty(text)
            ? []
            : text.Split(';').Select(part => part.Split('|')).Select(p => new SessionTime(p[0],
                TimeOnly.ParseExact(p[1], "HH:mm", CultureInfo.InvariantCulture), TimeOnly.ParseExact(p[2], "HH:mm", CultureInfo.InvariantCulture))).ToList();

    /// <summary>Checks a day's sessions (each ends after it starts, none overlap) and returns them in order of start.</summary>
    public static IReadOnlyList<SessionTime> Validate(IEnumerable<SessionTime> sessions, string emptyCode)
    {
        var ordered = sessions.Select(s => s with { Name = s.Name.Trim(), Start = Minute(s.Start), End = Minute(s.End) })
            .OrderBy(s => s.Start).ToList();
        if (ordered.Count == 0) throw new BusinessException(emptyCode);
        foreach (var s in ordered)
        {
            if (s.End <= s.Start || s.Name.Length == 0 || s.Name.Contains('|') || s.Name.Contains(';'))
                throw new BusinessException(AttendanceErrorCodes.SessionTimesInvalid, s.Name);
        }
        for (var i = 1; i < ordered.Count; i++)
            if (ordered[i].Start < ordered[i - 1].End)
                throw new BusinessException(AttendanceErrorCodes.SessionsOverlap, ordered[i - 1].Name, ordered[i].Name);
        return ordered;
    }

    private static TimeOnly Minute(TimeOnly t) => new(t.Hour, t.Minute);
}
