namespace Training.Attendance.Application.Results;

/// <summary>The numbers a day is judged by (the hall's settings).</summary>
public sealed record ResultPolicy(
    int LateGraceMinutes, int EarlyGraceMinutes, int AllowedAwayMinutes, int FrequentAbsenceCount,
    int PunchEarlyWindowMinutes, int PunchLateWindowMinutes)
{
    public static readonly ResultPolicy Default = new(5, 5, 15, 3, 120, 240);
}

/// <summary>A session of a person's day as UTC instants; <see cref="Half"/> decides which half-day leave covers it.</summary>
public readonly record struct PlannedSession(int Index, string Name, DateTime Start, DateTime End, DayHalf Half);

/// <summary>A stretch of time in UTC: a window's pause, from the pause to the resume (or to the end of the day).</summary>
public readonly record struct TimeSpanUtc(DateTime From, DateTime To);

public sealed record NoteSpan(DateTime LeftAt, DateTime ExpectedBackAt, DateTime? ReturnedAt);

public sealed record LeaveCover(Guid RequestId, bool IsOfficialBusiness, DateOnly StartDate, DayHalf StartHalf, DateOnly EndDate, DayHalf EndHalf)
{
    public bool Covers(DateOnly date, DayHalf half) =>
        (date > StartDate || (date == StartDate && half >= StartHalf)) && (date < EndDate || (date == EndDate && half <= EndHalf));
}

/// <summary>Everything known of one person's day. <see cref="Punches"/> in order; <see cref="Now"/> ends notes still open.</summary>
public sealed record DayFacts(
    DateOnly Date, IReadOnlyList<PlannedSession> Sessions, IReadOnlyList<DateTime> Punches, IReadOnlyList<LeaveCover> Leaves,
    IReadOnlyList<TimeSpanUtc> Pauses, IReadOnlyList<NoteSpan> Notes, DateTime Now);

public sealed record SessionOutcome(
    PlannedSession Session, SessionStatus Status, int LateMinutes, int EarlyMinutes, int OffPostMinutes, int OutMinutes,
    bool MissingPunch, bool FrequentAbsence, DateTime? InAt, DateTime? OutAt, Guid? LeaveRequestId);

/// <summary>
/// The rules of a day's results, pure (no clock, no database), so each rule is tested alone:
/// <list type="bullet">
/// <item>An approved leave covering the session's half (a session starting before 12:00 is the morning's) makes it on
/// leave, or official business for a 公出 type; nothing else is judged then.</item>
/// <item>Punches belong to the session whose window they fall in: from <c>PunchEarlyWindowMinutes</c> before its start
/// to <c>PunchLateWindowMinutes</c> after its end, a gap between two sessions split at its middle. The in-punch is the
/// first before the session's middle, the out-punch the last from its middle on. No punch at all: absent.</item>
/// <item>Late: the in-punch is more than <c>LateGraceMinutes</c> after the start (inside the grace is not late); the
/// minutes count from the start. Early leave likewise before the end. A missing in- (out-) punch reads late (early
/// leave) with 0 minutes and <see cref="SessionOutcome.MissingPunch"/> set, for a clerk to review.</item>
/// <item>Off-post 擅自脱岗: a pause of the window, cut to the session, longer than <c>AllowedAwayMinutes</c>, with no
/// whereabouts note open when it began (a note opened within the allowed minutes after the pause began counts).</item>
/// <item>Out without approved leave 不履行请假审批手续外出: a whereabouts note still open more than <c>AllowedAwayMinutes</c>
/// after its expected return (at return, or now while it is open); the minutes past the expected return inside the
/// session count. A note is for a short absence; a longer one needs leave.</item>
/// <item>Frequent absence 频繁离岗: more notes in the day than <c>FrequentAbsenceCount</c>; marked on every session of the day.</item>
/// <item>The status is the first that applies of: leave, absent, off-post, out without leave, late, early leave,
/// present; every minute count is kept whatever the status.</item>
/// </list>
/// </summary>
public static class SessionRules
{
    public static IReadOnlyList<SessionOutcome> Evaluate(DayFacts day, ResultPolicy policy)
    {
        var sessions = day.Sessions;
        var outcomes = new List<SessionOutcome>(sessions.Count);
        var frequent = day.Notes.Count > policy.FrequentAbsenceCount;
        for (var i = 0; i < sessions.Count; i++)
        {
            var session = sessions[i];
            var leave = day.Leaves.FirstOrDefault(l => l.Covers(day.Date, session.Half));
            if (leave is not null)
            {
                outcomes.Add(new SessionOutcome(session, leave.IsOfficialBusiness ? SessionStatus.OfficialBusiness : SessionStatus.OnLeave,
                    0, 0, 0, 0, false, frequent, null, null, leave.RequestId));
                continue;
            }
            var (from, to) = PunchWindow(sessions, i, policy);
            var middle = session.Start + (session.End - session.Start) / 2;
            DateTime? inAt = null, outAt = null;
            foreach (var punch in day.Punches)
            {
                if (punch < from || punch > to) continue;
                if (punch < middle) inAt ??= punch;
                else outAt = punch;
            }
            if (inAt is null && outAt is null)
            {
                outcomes.Add(new SessionOutcome(session, SessionStatus.Absent, 0, 0, 0, 0, false, frequent, null, null, null));
                continue;
            }
            var late = inAt is { } a && a > session.Start.AddMinutes(policy.LateGraceMinutes) ? Minutes(a - session.Start) : 0;
            var early = outAt is { } b && b < session.End.AddMinutes(-policy.EarlyGraceMinutes) ? Minutes(session.End - b) : 0;
            var offPost = OffPostMinutes(session, day, policy);
            var outMinutes = OutMinutes(session, day, policy);
            var status = offPost > 0 ? SessionStatus.OffPost
                : outMinutes > 0 ? SessionStatus.OutWithoutLeave
                : late > 0 || inAt is null ? SessionStatus.Late
                : early > 0 || outAt is null ? SessionStatus.EarlyLeave
                : SessionStatus.Present;
            outcomes.Add(new SessionOutcome(session, status, late, early, offPost, outMinutes, inAt is null || outAt is null, frequent,
                inAt, outAt, null));
        }
        return outcomes;
    }

    /// <summary>Where punches count for session <paramref name="i"/>: its own margins, cut at the middle of a gap to a neighbour.</summary>
    internal static (DateTime From, DateTime To) PunchWindow(IReadOnlyList<PlannedSession> sessions, int i, ResultPolicy policy)
    {
        var s = sessions[i];
        var from = s.Start.AddMinutes(-policy.PunchEarlyWindowMinutes);
        var to = s.End.AddMinutes(policy.PunchLateWindowMinutes);
        if (i > 0)
        {
            var previous = sessions[i - 1];
            var split = previous.End + (s.Start - previous.End) / 2;
            if (split > from) from = split;
        }
        if (i + 1 < sessions.Count)
        {
            var next = sessions[i + 1];
            var split = s.End + (next.Start - s.End) / 2;
            // The instant of the split belongs to the later session.
            var last = split.AddTicks(-1);
            if (last < to) to = last;
        }
        return (from, to);
    }

    private static int OffPostMinutes(PlannedSession session, DayFacts day, ResultPolicy policy)
    {
        var total = 0;
        foreach (var pause in day.Pauses)
        {
            var length = Overlap(pause.From, pause.To, session.Start, session.End);
            if (length <= TimeSpan.FromMinutes(policy.AllowedAwayMinutes)) continue;
            var excused = day.Notes.Any(n => n.LeftAt <= pause.From.AddMinutes(policy.AllowedAwayMinutes)
                                             && (n.ReturnedAt ?? DateTime.MaxValue) >= pause.From);
            if (!excused) total += Minutes(length);
        }
        return total;
    }

    private static int OutMinutes(PlannedSession session, DayFacts day, ResultPolicy policy)
    {
        var total = 0;
        foreach (var note in day.Notes)
        {
            var back = note.ReturnedAt ?? day.Now;
            if (back - note.ExpectedBackAt <= TimeSpan.FromMinutes(policy.AllowedAwayMinutes)) continue;
            var length = Overlap(note.ExpectedBackAt, back, session.Start, session.End);
            if (length > TimeSpan.Zero) total += Minutes(length);
        }
        return total;
    }

    private static TimeSpan Overlap(DateTime aFrom, DateTime aTo, DateTime bFrom, DateTime bTo)
    {
        var from = aFrom > bFrom ? aFrom : bFrom;
        var to = aTo < bTo ? aTo : bTo;
        return to > from ? to - from : TimeSpan.Zero;
    }

    /// <summary>Whole minutes, a started minute counting (09:05:30 is 6 minutes after 09:00).</summary>
    private static int Minutes(TimeSpan span) => (int)Math.Ceiling(span.TotalMinutes - 1e-9);
}
