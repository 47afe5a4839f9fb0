using Training.SharedKernel.Errors;

namespace Training.Attendance.Domain;

/// <summary>
/// The length of a leave stretch in half days, from a start half to an end half (both inclusive). Working-day types
/// count only the working days of the work calendar (a holiday inside the stretch is not leave; a 调休 Saturday is);
/// calendar-day types (maternity …) count every day, holidays included.
/// </summary>
public static class LeaveLength
{
    /// <summary>The longest stretch one request may span, in calendar days (longer maternity leave is split).</summary>
    public const int MaxSpanDays = 366;

    /// <param name="workingDays">The working days of the stretch (read only for <see cref="LeaveCountMode.WorkingDays"/>).</param>
    public static int HalfDays(DateOnly start, DayHalf startHalf, DateOnly end, DayHalf endHalf, LeaveCountMode mode,
        IReadOnlySet<DateOnly> workingDays)
    {
        EnsureStretch(start, startHalf, end, endHalf);
        bool Counts(DateOnly day) => mode == LeaveCountMode.CalendarDays || workingDays.Contains(day);
        var halves = 0;
        for (var day = start; day <= end; day = day.AddDays(1))
        {
            if (!Counts(day)) continue;
            var first = day == start ? startHalf : DayHalf.Morning;
            var last = day == end ? endHalf : DayHalf.Afternoon;
            halves += (int)last - (int)first + 1;
        }
        return halves;
    }

    /// <summary>The end is not before the start (half by half), and the stretch spans at most <see cref="MaxSpanDays"/>.</summary>
    public static void EnsureStretch(DateOnly start, DayHalf startHalf, DateOnly end, DayHalf endHalf)
    {
        if (end < start || (end == start && endHalf < startHalf)) throw new BusinessException(AttendanceErrorCodes.LeaveDateOrder);
        if (end.DayNumber - start.DayNumber + 1 > MaxSpanDays) throw new BusinessException(AttendanceErrorCodes.LeaveTooLong, MaxSpanDays);
    }

    /// <summary>Whether two stretches share a half day.</summary>
    public static bool Overlap(DateOnly aStart, DayHalf aStartHalf, DateOnly aEnd, DayHalf aEndHalf,
        DateOnly bStart, DayHalf bStartHalf, DateOnly bEnd, DayHalf bEndHalf) =>
        Ordinal(aStart, aStartHalf) <= Ordinal(bEnd, bEndHalf) && Ordinal(bStart, bStartHalf) <= Ordinal(aEnd, aEndHalf);

    private static int Ordinal(DateOnly date, DayHalf half) => date.DayNumber * 2 + (int)half;
}
