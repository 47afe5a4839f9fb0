using Training.SharedKernel.Domain;

namespace Training.Attendance.Domain;

/// <summary>
/// 去向留言: a person leaving the window says where they go and when they expect to return, and closes the note on
/// return. An open note excuses a pause of the window (not 擅自脱岗); more notes in a day than the set count is 频繁离岗.
/// Unit and hall are snapshots of the person's at the time.
/// </summary>
public sealed class WhereaboutsNote : AggregateRoot
{
    private WhereaboutsNote() { }

    public WhereaboutsNote(Guid id, Guid staffId, Guid hallId, Guid? unitId, Guid? windowId, string destination,
        DateTime leftAt, DateTime expectedBackAt, DateOnly date) : base(id)
    {
        StaffId = staffId;
        HallId = hallId;
        UnitId = unitId;
        WindowId = windowId;
        Destination = destination.Trim();
        LeftAt = leftAt;
        ExpectedBackAt = expectedBackAt;
        Date = date;
    }

    public Guid StaffId { get; private set; }
    public Guid HallId { get; private set; }
    public Guid? UnitId { get; private set; }
    public Guid? WindowId { get; private set; }
    public string Destination { get; private set; } = "";
    public DateTime LeftAt { get; private set; }
    public DateTime ExpectedBackAt { get; private set; }
    public DateTime? ReturnedAt { get; private set; }

    /// <summary>The local date the note was opened on.</summary>
    public DateOnly Date { get; private set; }

    public bool IsOpen => ReturnedAt is null;

    public void Close(DateTime at) => ReturnedAt ??= at < LeftAt ? LeftAt : at;
}
