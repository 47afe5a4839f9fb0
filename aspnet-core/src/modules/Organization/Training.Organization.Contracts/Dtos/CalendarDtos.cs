namespace Training.Organization;

public sealed record CalendarDayDto(DateOnly Date, CalendarDayKind Kind, string Name, bool IsSample);

/// <summary>A year's calendar: the exceptions and the resulting count of working days.</summary>
public sealed record CalendarYearDto(int Year, int WorkingDays, bool HasSampleDays, IReadOnlyList<CalendarDayDto> Days);
