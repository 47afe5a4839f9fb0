using System.ComponentModel.DataAnnotations;

namespace Training.Unresolved;

/// <summary>One day of the roster: the guide on duty 当日大厅巡导员.</summary>
public sealed record GuideDutyDto(DateOnly Date, Guid StaffId, string StaffName);

/// <summary>A hall's roster for a month: the days with a guide, and the month's working days (to plan them).</summary>
public sealed record RosterMonthDto(Guid HallId, int Year, int Month, IReadOnlyList<GuideDutyDto> Days, IReadOnlyList<DateOnly> WorkingDays);

/// <summary>A day of the month and its guide; none clears the day.</summary>
public sealed record RosterDayInput(DateOnly Date, Guid? StaffId);

/// <summary>The month's roster of a hall: the days given are set (or cleared); the others stay as they are.</summary>
public sealed record SaveRosterInput(
    Guid HallId,
    [property: Range(2000, 2100)] int Year,
    [property: Range(1, 12)] int Month,
    [property: Required, MaxLength(31)] RosterDayInput[] Days);

/// <summary>Which roster to read: a hall and a month.</summary>
public sealed record RosterQuery
{
    public Guid HallId { get; init; }

    [Range(2000, 2100)]
    public int Year { get; init; }

    [Range(1, 12)]
    public int Month { get; init; }
}
