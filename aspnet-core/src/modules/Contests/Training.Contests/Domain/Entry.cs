using Training.SharedKernel.Domain;
using Training.SharedKernel.Errors;

namespace Training.Contests.Domain;

/// <summary>
/// An entry of a contest: one person, or a window unit's team (its members). A self-entry stands at once; a unit lead's
/// nomination or team waits for an organiser's confirmation. The draw number 抽签号 is given when entry closes.
/// </summary>
public sealed class Entry : Entity
{
    private readonly List<EntryMember> _members = [];

    private Entry() { }

    public Entry(Guid id, Guid contestId, EntryMode mode, Guid? unitId, IEnumerable<Guid> staffIds, Guid? nominatedBy, DateTime now) : base(id)
    {
        (ContestId, Mode, UnitId, NominatedByStaffId, EnteredAt) = (contestId, mode, unitId, nominatedBy, now);
        _members.AddRange(staffIds.Distinct().Select(s => new EntryMember(Id, contestId, s)));
        if (nominatedBy is null) ConfirmedAt = now;
    }

    public Guid ContestId { get; private set; }
    public EntryMode Mode { get; private set; }

    /// <summary>The team's window unit (team contests).</summary>
    public Guid? UnitId { get; private set; }

    public int? DrawNumber { get; private set; }
    public Guid? NominatedByStaffId { get; private set; }
    public DateTime EnteredAt { get; private set; }
    public DateTime? ConfirmedAt { get; private set; }
    public Guid? ConfirmedByStaffId { get; private set; }
    public EntryState State { get; private set; }
    public DateTime? WithdrawnAt { get; private set; }
    public IReadOnlyList<EntryMember> Members => _members;

    public bool IsActive => State == EntryState.Entered;

    public void Confirm(Guid? by, DateTime now)
    {
        if (ConfirmedAt is not null) return;
        (ConfirmedAt, ConfirmedByStaffId) = (now, by);
    }

    public void Withdraw(DateTime now)
    {
        if (State == EntryState.Withdrawn) throw new BusinessException(ContestsErrorCodes.AlreadyWithdrawn) { Kind = ErrorKind.Conflict };
        (State, WithdrawnAt, DrawNumber) = (EntryState.Withdrawn, now, null);
        foreach (var member in _members) member.Leave();
    }

    public void Draw(int number) => DrawNumber = number;
}

/// <summary>
/// A member of an entry (the one person of an individual entry, or a team member). ContestId makes "entered already" one
/// lookup; ActiveContestId makes it a rule of the database: it holds the ContestId while the entry stands, and a unique
/// index on (ActiveContestId, StaffId) refuses a second standing entry of the same person — two requests racing past the
/// check included. A withdrawn member's NULL collides with nothing, so the person may enter again.
/// </summary>
public sealed class EntryMember
{
    private EntryMember() { }

    public EntryMember(Guid entryId, Guid contestId, Guid staffId) =>
        (EntryId, ContestId, ActiveContestId, StaffId) = (entryId, contestId, contestId, staffId);

    public Guid EntryId { get; private set; }
    public Guid ContestId { get; private set; }

    /// <summary>The ContestId while the entry is Entered; null once withdrawn.</summary>
    public Guid? ActiveContestId { get; private set; }

    public Guid StaffId { get; private set; }

    internal void Leave() => ActiveContestId = null;
}
