namespace Training.Unresolved.Domain;

/// <summary>
/// A deadline of a case: its kind and owner (the receiver for its answer), the day it started and the day it is due. Met
/// when its step is taken (<see cref="MetAt"/>, on time when its local day is on or before <see cref="DueOn"/>); lapsed
/// when the case closes without it. <see cref="HallId"/> is copied from the case so a hall's open deadlines are one index
/// range. <see cref="OverdueNotifiedOn"/> is set by a conditional update, so its owners are told once however often
/// the daily job runs.
/// </summary>
public sealed class CaseDeadline
{
    private CaseDeadline() { }

    internal CaseDeadline(Guid id, Guid caseId, Guid hallId, DeadlineKind kind, DeadlineOwner owner, Guid? receiverId,
        DateOnly startedOn, DateOnly dueOn)
    {
        (Id, CaseId, HallId, Kind, Owner, ReceiverId) = (id, caseId, hallId, kind, owner, receiverId);
        (StartedOn, DueOn) = (startedOn, dueOn < startedOn ? startedOn : dueOn);
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public Guid HallId { get; private set; }
    public DeadlineKind Kind { get; private set; }
    public DeadlineOwner Owner { get; private set; }
    public Guid? ReceiverId { get; private set; }
    public DateOnly StartedOn { get; private set; }
    public DateOnly DueOn { get; private set; }
    public DateTime? MetAt { get; private set; }

    /// <summary>The hall's local day it was met (compared with <see cref="DueOn"/> for the on-time rate).</summary>
    public DateOnly? MetOn { get; private set; }

    /// <summary>When the case closed without this step being taken (it counts as late).</summary>
    public DateTime? LapsedAt { get; private set; }

    public DateOnly? OverdueNotifiedOn { get; private set; }

    public bool IsOpen => MetAt is null && LapsedAt is null;

    public bool? MetOnTime => MetOn is { } on ? on <= DueOn : LapsedAt is null ? null : false;

    internal void Meet(DateTime at, DateOnly on) => (MetAt, MetOn) = (at, on);

    internal void Lapse(DateTime at) => LapsedAt = at;
}
