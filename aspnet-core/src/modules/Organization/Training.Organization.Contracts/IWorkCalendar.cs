namespace Training.Organization;

/// <summary>
/// The city's work calendar: Monday to Friday, less imported holidays, plus imported 调休 make-up working days.
/// Deadlines in working days (办不成事: departments answer within 3 working days …) are counted here.
/// </summary>
public interface IWorkCalendar
{
    Task<bool> IsWorkingDayAsync(DateOnly date, CancellationToken cancellationToken = default);

    /// <summary>The date <paramref name="workingDays"/> working days after <paramref name="start"/> (start itself not counted).</summary>
    Task<DateOnly> AddWorkingDaysAsync(DateOnly start, int workingDays, CancellationToken cancellationToken = default);

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; 0 when to ≤ from.</summary>
    Task<int> WorkingDaysBetweenAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    /// <summary>The working days from <paramref name="from"/> to <paramref name="to"/>, both inclusive, in one query (attendance reads months at a time).</summary>
    Task<IReadOnlySet<DateOnly>> GetWorkingDaysAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);
}
