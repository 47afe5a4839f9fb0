using System.ComponentModel.DataAnnotations;
using Training.SharedKernel.Paging;

namespace Training.Attendance;

/// <summary>What happened to a leave request, in order: submitted, approved (per step), rejected, cancelled, revoked.</summary>
public enum LeaveActionKind { Submitted, Approved, Rejected, Cancelled, Revoked }

public sealed record LeaveTypeDto(
    Guid Id, string Code, string NameZh, string NameEn, LeaveCountMode CountMode, bool HasBalance, bool IsOfficialBusiness,
    int SortOrder, bool IsActive);

public sealed record SaveLeaveTypeInput(
    [property: Required, StringLength(AttendanceConsts.MaxCodeLength)] string Code,
    [property: Required, StringLength(AttendanceConsts.MaxNameLength)] string NameZh,
    [property: Required, StringLength(AttendanceConsts.MaxNameLength)] string NameEn,
    LeaveCountMode CountMode,
    bool HasBalance,
    bool IsOfficialBusiness,
    [property: Range(0, 10_000)] int SortOrder,
    bool IsActive = true);

/// <summary>A stretch of leave from a half day to a half day, both inclusive.</summary>
public sealed record LeaveStretchInput(Guid LeaveTypeId, DateOnly StartDate, DayHalf StartHalf, DateOnly EndDate, DayHalf EndHalf);

/// <summary>The length a stretch would count, and what is left of the type's balance for its year (null: no balance).</summary>
public sealed record LeaveLengthDto(int HalfDays, double Days, double? Remaining);

public sealed record CreateLeaveRequestInput(
    Guid LeaveTypeId, DateOnly StartDate, DayHalf StartHalf, DateOnly EndDate, DayHalf EndHalf,
    [property: Required, StringLength(AttendanceConsts.MaxReasonLength)] string Reason);

public sealed record LeaveDecisionInput([property: StringLength(AttendanceConsts.MaxReasonLength)] string? Reason);

public sealed record LeaveReasonInput([property: Required, StringLength(AttendanceConsts.MaxReasonLength)] string Reason);

public sealed record LeaveListInput : PagedRequest
{
    public LeaveStatus? Status { get; init; }
    public Guid? UnitId { get; init; }
    public Guid? StaffId { get; init; }
    public Guid? LeaveTypeId { get; init; }

    /// <summary>Leave that touches this date or later.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Leave that touches this date or earlier.</summary>
    public DateOnly? To { get; init; }
}

public sealed record MyLeaveListInput : PagedRequest
{
    public LeaveStatus? Status { get; init; }

    [Range(2000, 2100)]
    public int? Year { get; init; }
}

/// <param name="Step">The approval the request waits for (1 the unit lead, 2 the hall manager); 0 when decided.</param>
public sealed record LeaveRequestDto(
    Guid Id, Guid StaffId, string StaffNumber, string StaffName, Guid HallId, Guid? UnitId, string? UnitName,
    Guid LeaveTypeId, string LeaveTypeCode, string LeaveTypeNameZh, string LeaveTypeNameEn, bool IsOfficialBusiness,
    DateOnly StartDate, DayHalf StartHalf, DateOnly EndDate, DayHalf EndHalf, int HalfDays, double Days, string Reason,
    LeaveStatus Status, int RequiredSteps, int ApprovedSteps, int Step, string? DecisionReason, DateTime CreatedAt);

/// <param name="OnBehalfOfName">Set when a stand-in acted in the named approver's place.</param>
public sealed record LeaveActionDto(
    LeaveActionKind Kind, int Step, string ActorName, string? OnBehalfOfName, DateTime At, string? Reason);

public sealed record LeaveRequestDetailDto(LeaveRequestDto Request, IReadOnlyList<LeaveActionDto> Actions);

/// <summary>One person's balance of one type in one year: entitled, used (approved), pending, left (entitled − used − pending).</summary>
public sealed record LeaveBalanceDto(
    Guid LeaveTypeId, string LeaveTypeCode, string LeaveTypeNameZh, string LeaveTypeNameEn, int Year, double Entitled,
    double Used, double Pending, double Remaining, bool IsAdjusted, string? AdjustReason, int? ServiceYears);

public sealed record PersonBalancesDto(Guid StaffId, string StaffNumber, string StaffName, DateOnly? WorkStartDate, int Year,
    IReadOnlyList<LeaveBalanceDto> Balances);

public sealed record SetLeaveBalanceInput(
    Guid StaffId, Guid LeaveTypeId,
    [property: Range(2000, 2100)] int Year,
    [property: Range(0, 366)] double Entitled,
    [property: Required, StringLength(AttendanceConsts.MaxReasonLength)] string Reason);

public sealed record StandInDto(
    Guid Id, Guid PrincipalUserId, string PrincipalName, Guid StandInStaffId, string StandInName, DateOnly FromDate,
    DateOnly ToDate, DateTime? EndedAt);

/// <summary>The stand-in by staff number: anyone of the approver's hall with a sign-in account.</summary>
public sealed record CreateStandInInput(
    [property: Required, StringLength(AttendanceConsts.MaxStaffNumberLength)] string StandInStaffNumber, DateOnly FromDate, DateOnly ToDate);

/// <summary>The stand-ins the caller named, and those naming the caller.</summary>
public sealed record MyStandInsDto(IReadOnlyList<StandInDto> Named, IReadOnlyList<StandInDto> ActingFor);
