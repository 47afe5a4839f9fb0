namespace Training.Attendance.Application.Results;

/// <summary>
/// Recomputes the daily results of exactly the given person-days, on sets: a fixed number of queries however many people
/// the set holds. Every writer of an input (punches, leave, notes, post status, timetables, the calendar) calls it, in
/// the request for a handful of days or from a job for a file. Safe to run twice.
/// </summary>
public interface IDailyResultRecalculator
{
    Task RecomputeAsync(IReadOnlyCollection<PersonDays> days, CancellationToken cancellationToken = default);
}

/// <summary>One person's local dates from … to (inclusive).</summary>
public sealed record PersonDays(Guid StaffId, DateOnly From, DateOnly To);
