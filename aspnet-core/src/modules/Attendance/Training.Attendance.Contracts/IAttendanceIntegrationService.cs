namespace Training.Attendance;

/// <summary>
/// Attendance's facts for other modules (appraisals, ratings, the person file), read-only and set-based: each call reads
/// its whole set in a fixed number of queries, whatever the number of keys. Results are read as corrected (a manager's
/// correction overrides the computed session). No data scope is applied: callers check their own.
/// </summary>
public interface IAttendanceIntegrationService
{
    /// <summary>Each person's counts for a month (people with no expected session that month answer zeros).</summary>
    Task<IReadOnlyList<PersonMonthAttendance>> GetPersonMonthsAsync(IReadOnlyCollection<Guid> staffIds, int year, int month,
        CancellationToken cancellationToken = default);

    /// <summary>The same counts per window unit, summed over the sessions recorded under that unit (the unit at the time).</summary>
    Task<IReadOnlyList<UnitMonthAttendance>> GetUnitMonthsAsync(IReadOnlyCollection<Guid> unitIds, int year, int month,
        CancellationToken cancellationToken = default);

    /// <summary>The records behind each person's counts of the month, so a score can be explained line by line.</summary>
    Task<IReadOnlyList<AttendanceSourceRecord>> GetSourcesAsync(IReadOnlyCollection<Guid> staffIds, int year, int month,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Who was at window W at instant T, for many (window, instant) keys at once: from post status (the person the
    /// queue-calling system or rating pad reported), then punches of the post holder and their AB backup, then
    /// Organization's assignment. When two people are possible the answer names both and no one (it never guesses).
    /// </summary>
    Task<IReadOnlyList<WindowPresence>> GetWhoWasAtAsync(IReadOnlyCollection<WindowMoment> keys, CancellationToken cancellationToken = default);
}

/// <summary>
/// A month's attendance counts. Late, early leave, off-post and out-without-leave count sessions (a session both late and
/// early counts in both); absent, worked and leave days count days, a session being its share of its day (half of a
/// two-session day); frequent absence counts days.
/// </summary>
public sealed record AttendanceCounts(
    int ExpectedSessions, int LateCount, int LateMinutes, int EarlyLeaveCount, int EarlyMinutes, double AbsentDays,
    int OffPostCount, int OffPostMinutes, int FrequentAbsenceDays, int OutWithoutLeaveCount, double WorkedDays,
    double OfficialBusinessDays, IReadOnlyList<LeaveDays> LeaveDaysByType);

public sealed record LeaveDays(Guid LeaveTypeId, string Code, string Name, double Days);

public sealed record PersonMonthAttendance(Guid StaffId, int Year, int Month, AttendanceCounts Counts);

public sealed record UnitMonthAttendance(Guid UnitId, int Year, int Month, int People, AttendanceCounts Counts);

public enum AttendanceSourceKind { Late, EarlyLeave, Absent, OffPost, OutWithoutLeave, FrequentAbsence, Leave, OfficialBusiness }

/// <summary>
/// One record behind a count: the session result (<paramref name="ResultId"/>), the correction that decided it when
/// there is one, the leave request for leave, the minutes or the share of a day it adds.
/// </summary>
public sealed record AttendanceSourceRecord(
    Guid StaffId, AttendanceSourceKind Kind, long ResultId, Guid? CorrectionId, Guid? LeaveRequestId, DateOnly Date,
    int SessionIndex, string SessionName, int Minutes, double Days);

public sealed record WindowMoment(Guid WindowId, DateTime At);

/// <summary>How <see cref="WindowPresence"/> knows.</summary>
public enum PresenceSource
{
    /// <summary>The queue-calling system or rating pad reported the person at the window.</summary>
    PostStatus,

    /// <summary>The post holder had punched in that day before the instant.</summary>
    Punch,

    /// <summary>Nobody punched: the assignment says who held the post.</summary>
    Assignment,

    /// <summary>
    /// Two people are possible (the holder without a punch and their backup with one; two holders of a shared window who
    /// both punched in, or neither did): a lead attributes it.
    /// </summary>
    Ambiguous,

    /// <summary>Nobody is known at the window.</summary>
    Nobody,
}

/// <summary>The person at a window at an instant, or null with the candidates when it is not one person for sure.</summary>
public sealed record WindowPresence(WindowMoment Key, Guid? StaffId, PresenceSource Source, IReadOnlyList<Guid> Candidates);
