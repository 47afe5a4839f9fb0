using Training.Attendance.Domain;

namespace Training.Attendance.Application.Results;

/// <summary>A hall's timetable as the planner reads it.</summary>
public sealed record TimetableView(int SummerStartMonth, int SummerStartDay, int WinterStartMonth, int WinterStartDay,
    IReadOnlyList<SessionTime> Summer, IReadOnlyList<SessionTime> Winter)
{
    public static readonly TimetableView Default = new(5, 1, 10, 1, Timetable.Default.Summer, Timetable.Default.Winter);

    public IReadOnlyList<SessionTime> For(DateOnly date) =>
        Timetable.SeasonOf(date, SummerStartMonth, SummerStartDay, WinterStartMonth, WinterStartDay) == TimetableSeason.Summer ? Summer : Winter;
}

/// <summary>A shift that applies to the person on the day: their own (<see cref="IsPersonal"/>) or their window's.</summary>
public sealed record ShiftView(ShiftKind Kind, bool IsPersonal, IReadOnlyList<SessionTime> Sessions);

/// <summary>
/// Which sessions a person works on a date, pure: the timetable of the season on a working day, none on another day;
/// a staggered shift replaces a working day's sessions, an appointment shift gives a non-working day its sessions (a
/// person's own shift goes before their window's), and extended shifts add theirs (merged into a session they overlap
/// or touch, which makes it longer).
/// </summary>
public static class DayPlanner
{
    public static IReadOnlyList<SessionTime> SessionsOf(DateOnly date, bool isWorkingDay, TimetableView timetable, IReadOnlyList<ShiftView> shifts)
    {
        var sessions = new List<SessionTime>(isWorkingDay ? timetable.For(date) : []);
        var replacing = shifts.Where(s => s.Kind == (isWorkingDay ? ShiftKind.Staggered : ShiftKind.Appointment))
            .OrderByDescending(s => s.IsPersonal).FirstOrDefault();
        if (replacing is not null) sessions = [.. replacing.Sessions];
        foreach (var extra in shifts.Where(s => s.Kind == ShiftKind.Extended).SelectMany(s => s.Sessions))
        {
            var touching = sessions.FindIndex(s => extra.Start <= s.End && extra.End >= s.Start);
            if (touching < 0)
            {
                sessions.Add(extra);
                continue;
            }
            var s = sessions[touching];
            sessions[touching] = s with { Start = extra.Start < s.Start ? extra.Start : s.Start, End = extra.End > s.End ? extra.End : s.End };
        }
        return sessions.OrderBy(s => s.Start).ToList();
    }

    /// <summary>The sessions as UTC instants of the local date in the hall's time zone.</summary>
    public static IReadOnlyList<PlannedSession> ToInstants(DateOnly date, IReadOnlyList<SessionTime> sessions, TimeZoneInfo zone)
    {
        var planned = new PlannedSession[sessions.Count];
        for (var i = 0; i < sessions.Count; i++)
        {
            var s = sessions[i];
            planned[i] = new PlannedSession(i, s.Name, Utc(date, s.Start, zone), Utc(date, s.End, zone),
                s.Start < new TimeOnly(12, 0) ? DayHalf.Morning : DayHalf.Afternoon);
        }
        return planned;
    }

    private static DateTime Utc(DateOnly date, TimeOnly time, TimeZoneInfo zone) =>
        DateTime.SpecifyKind(TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(time, DateTimeKind.Unspecified), zone), DateTimeKind.Utc);
}
