namespace Training.Attendance.Domain;

/// <summary>
/// A date of a hall whose window holders without a punch are still to be judged absent: written by each punch file of
/// a hall with several clocks, taken by the next <c>HallAbsenceJob</c> of the hall — which judges every pending date
/// at once, so the jobs of the other clocks' files find nothing left.
/// </summary>
public sealed class PendingAbsenceDay
{
    public PendingAbsenceDay(Guid hallId, DateOnly date) => (HallId, Date) = (hallId, date);

    public Guid HallId { get; private set; }
    public DateOnly Date { get; private set; }
}
