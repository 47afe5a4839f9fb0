using Training.SharedKernel.Domain;

namespace Training.Attendance.Domain;

/// <summary>
/// One close or reopen of a hall's attendance month, append-only: the month is closed while its latest entry is a
/// close. A reopen carries its reason; who and when are the audit columns.
/// </summary>
public sealed class MonthClose : AggregateRoot
{
    private MonthClose() { }

    public MonthClose(Guid id, Guid hallId, int year, int month, int sequence, MonthCloseAction action, string? reason, DateTime at) : base(id)
    {
        Sequence = sequence;
        HallId = hallId;
        Year = year;
        Month = month;
        Action = action;
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        At = at;
        AddEvent(action == MonthCloseAction.Close
            ? new Events.AttendanceMonthClosedEto(Guid.NewGuid(), hallId, year, month, at)
            : new Events.AttendanceMonthReopenedEto(Guid.NewGuid(), hallId, year, month, Reason ?? "", at));
    }

    public Guid HallId { get; private set; }
    public int Year { get; private set; }
    public int Month { get; private set; }
    /// <summary>1, 2, 3 … per hall-month, unique: orders the entries, and a second close racing the first fails on it.</summary>
    public int Sequence { get; private set; }

    public MonthCloseAction Action { get; private set; }
    public string? Reason { get; private set; }
    public DateTime At { get; private set; }
}
