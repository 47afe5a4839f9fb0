using System.ComponentModel.DataAnnotations;

namespace Training.Attendance;

/// <summary>A month of one's own attendance.</summary>
public sealed record MyMonthInput
{
    [Range(2000, 2100)]
    public int Year { get; init; }

    [Range(1, 12)]
    public int Month { get; init; }
}

/// <summary>
/// One's month: every day of it (working or not), each with its sessions' results, the punches of the day and the leave
/// that covers it; times are local times in the hall's time zone (<see cref="TimeZone"/>).
/// </summary>
public sealed record MyMonthDto(int Year, int Month, string TimeZone, IReadOnlyList<MyDayDto> Days, MyMonthSummaryDto Summary);

public sealed record MyDayDto(
    DateOnly Date, bool IsWorkingDay, IReadOnlyList<MySessionDto> Sessions, IReadOnlyList<TimeOnly> Punches, IReadOnlyList<MyDayLeaveDto> Leave);

/// <summary>A session's effective result (a manager's correction, where there is one, in place of the computed result).</summary>
public sealed record MySessionDto(
    int SessionIndex, string SessionName, SessionStatus Status, TimeOnly ExpectedStart, TimeOnly ExpectedEnd, int LateMinutes, int EarlyMinutes,
    TimeOnly? In, TimeOnly? Out, bool IsCorrected);

/// <summary>A leave request that covers (part of) the day: approved, or pending and shown as such.</summary>
public sealed record MyDayLeaveDto(
    Guid LeaveRequestId, string TypeNameZh, string TypeNameEn, LeaveStatus Status, bool Morning, bool Afternoon);

/// <summary>The month in numbers: working days so far and in all, and the sessions by status.</summary>
public sealed record MyMonthSummaryDto(int WorkingDays, int Sessions, IReadOnlyList<StatusCountDto> ByStatus);

public sealed record StatusCountDto(SessionStatus Status, int Count);
