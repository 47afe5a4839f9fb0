using System.ComponentModel.DataAnnotations;
using Training.SharedKernel.Paging;

namespace Training.Attendance;

/// <summary>A working session, local wall-clock times of the hall (上午 09:00–12:00).</summary>
public sealed record SessionTimeDto(
    [property: Required, StringLength(AttendanceConsts.MaxSessionNameLength, MinimumLength = 1)] string Name,
    TimeOnly Start,
    TimeOnly End);

/// <summary>A hall's timetable: the summer and the winter sessions, and the month-day each season starts on.</summary>
public sealed record TimetableDto(
    Guid HallId, string HallName, int SummerStartMonth, int SummerStartDay, int WinterStartMonth, int WinterStartDay,
    IReadOnlyList<SessionTimeDto> SummerSessions, IReadOnlyList<SessionTimeDto> WinterSessions, bool IsDefault);

public sealed record SaveTimetableInput(
    [property: Range(1, 12)] int SummerStartMonth,
    [property: Range(1, 31)] int SummerStartDay,
    [property: Range(1, 12)] int WinterStartMonth,
    [property: Range(1, 31)] int WinterStartDay,
    [property: Required, MinLength(1), MaxLength(AttendanceConsts.MaxSessionsPerDay)] IReadOnlyList<SessionTimeDto> SummerSessions,
    [property: Required, MinLength(1), MaxLength(AttendanceConsts.MaxSessionsPerDay)] IReadOnlyList<SessionTimeDto> WinterSessions);

public sealed record ShiftDto(
    Guid Id, Guid HallId, ShiftKind Kind, Guid? WindowId, string? WindowName, Guid? StaffId, string? StaffName,
    DateOnly FromDate, DateOnly ToDate, IReadOnlyList<SessionTimeDto> Sessions, string? Note);

public sealed record SaveShiftInput(
    Guid HallId,
    ShiftKind Kind,
    Guid? WindowId,
    Guid? StaffId,
    DateOnly FromDate,
    DateOnly ToDate,
    [property: Required, MinLength(1), MaxLength(AttendanceConsts.MaxSessionsPerDay)] IReadOnlyList<SessionTimeDto> Sessions,
    [property: StringLength(AttendanceConsts.MaxReasonLength)] string? Note);

public sealed record GetShiftsInput : PagedRequest
{
    public Guid? HallId { get; init; }
    public ShiftKind? Kind { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
}

/// <summary>The anomalies to review: computed results that are not "present", with their current correction.</summary>
public sealed record GetAnomaliesInput : PagedRequest
{
    public Guid? HallId { get; init; }
    public Guid? UnitId { get; init; }
    public Guid? StaffId { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }

    /// <summary>Only this computed status (late, early leave, absent, off-post, out without leave).</summary>
    public SessionStatus? Status { get; init; }

    /// <summary>true: only corrected ones; false: only those not corrected yet.</summary>
    public bool? Corrected { get; init; }
}

/// <summary>One session's result: what was computed, and what a correction made of it (null when none).</summary>
public sealed record SessionResultDto(
    long Id, Guid StaffId, string StaffName, string StaffNumber, DateOnly Date, int SessionIndex, string SessionName,
    Guid HallId, Guid? UnitId, Guid? WindowId, DateTime ExpectedStart, DateTime ExpectedEnd, SessionStatus Status,
    int LateMinutes, int EarlyMinutes, int OffPostMinutes, int OutMinutes, bool MissingPunch, bool FrequentAbsence,
    DateTime? InAt, DateTime? OutAt, Guid? LeaveRequestId, CorrectionDto? Correction);

public sealed record CorrectionDto(
    Guid Id, SessionStatus Status, int LateMinutes, int EarlyMinutes, string Reason, DateTime CorrectedAt, Guid? CorrectedBy,
    SessionStatus OriginalStatus, int OriginalLateMinutes, int OriginalEarlyMinutes);

public sealed record CorrectResultInput(
    SessionStatus Status,
    [property: Range(0, 24 * 60)] int LateMinutes,
    [property: Range(0, 24 * 60)] int EarlyMinutes,
    [property: Required, StringLength(AttendanceConsts.MaxReasonLength, MinimumLength = 2)] string Reason);

public sealed record MonthCloseDto(Guid HallId, int Year, int Month, bool IsClosed, IReadOnlyList<MonthCloseEntryDto> History);

public sealed record MonthCloseEntryDto(Guid Id, MonthCloseAction Action, string? Reason, DateTime At, Guid? By);

public sealed record ReopenMonthInput([property: Required, StringLength(AttendanceConsts.MaxReasonLength, MinimumLength = 2)] string Reason);
