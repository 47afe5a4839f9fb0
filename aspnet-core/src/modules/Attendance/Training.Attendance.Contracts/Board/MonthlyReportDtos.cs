using System.ComponentModel.DataAnnotations;
using Training.SharedKernel.Paging;

namespace Training.Attendance;

/// <summary>A page of the monthly report, per unit or per person, within the caller's scope (optionally one hall or unit).</summary>
public sealed record MonthlyReportInput : PagedRequest
{
    [Range(2000, 2100)]
    public int Year { get; init; }

    [Range(1, 12)]
    public int Month { get; init; }

    public Guid? HallId { get; init; }
    public Guid? UnitId { get; init; }
}

/// <summary>The same report as a whole (for the export).</summary>
public sealed record MonthlyReportExportInput
{
    [Range(2000, 2100)]
    public int Year { get; init; }

    [Range(1, 12)]
    public int Month { get; init; }

    public Guid? HallId { get; init; }
    public Guid? UnitId { get; init; }
}

/// <summary>
/// Counts of a month. Late, early, absent, off-post and out-without-leave count sessions; worked and leave days count a
/// day's sessions as fractions of the day (a morning's leave in a two-session day is half a day).
/// </summary>
public sealed record ReportCountsDto(
    int Sessions, int Late, int LateMinutes, int Early, int Absent, int OffPost, int OutWithoutLeave, double WorkedDays,
    double LeaveDays, IReadOnlyList<LeaveDaysDto> LeaveByType);

public sealed record LeaveDaysDto(Guid LeaveTypeId, string NameZh, string NameEn, double Days);

/// <summary>A unit's month (the unit at the time of each result); <see cref="People"/> = people with results there.</summary>
public sealed record UnitReportRowDto(Guid? UnitId, string? UnitName, Guid HallId, string? HallName, int People, ReportCountsDto Counts);

/// <summary>A person's month; the unit is the person's unit today.</summary>
public sealed record PersonReportRowDto(Guid StaffId, string? StaffNumber, string? Name, Guid? UnitId, string? UnitName, ReportCountsDto Counts);

/// <summary>The chart: lateness and absence by unit over the last months (this month included).</summary>
public sealed record AttendanceTrendInput
{
    [Range(1, AttendanceTrendDto.MaxMonths)]
    public int Months { get; init; } = 6;

    public Guid? HallId { get; init; }
    public Guid? UnitId { get; init; }
}

/// <summary><see cref="Months"/> as "yyyy-MM", oldest first; each unit's arrays follow them.</summary>
public sealed record AttendanceTrendDto(IReadOnlyList<string> Months, IReadOnlyList<TrendUnitDto> Units)
{
    public const int MaxMonths = 12;
}

public sealed record TrendUnitDto(Guid? UnitId, string? UnitName, IReadOnlyList<int> Late, IReadOnlyList<int> Absent, IReadOnlyList<int> Sessions);
