using Microsoft.EntityFrameworkCore;
using Training.Contests.Application.Common;
using Training.Contests.Domain;
using Training.Contests.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Errors;

namespace Training.Contests.Application.Entries;

/// <summary>
/// Entering a contest in its entry window: oneself (individual contests), or by nomination of a unit lead — a person of
/// their unit, or the unit's team (team contests, at most the team size). Withdrawal until the first round opens. Each
/// change re-offers the written round's exam to exactly the entrants.
/// </summary>
internal sealed class EntryService(
    ContestsDbContext db, ContestLoader loader, EntryReader reader, WrittenRoundAudience audience, IStaffIntegrationService staff, TimeProvider clock)
{
    public async Task<EntryDto> EnterSelfAsync(Guid contestId, CancellationToken cancellationToken)
    {
        var (contest, caller) = await loader.VisibleAsync(contestId, tracked: false, cancellationToken);
        var me = caller.Me ?? throw new BusinessException(ContestsErrorCodes.NotInScope) { Kind = ErrorKind.Forbidden };
        if (contest.EntryMode != EntryMode.Individual) throw new BusinessException(ContestsErrorCodes.WrongEntryMode, contest.EntryMode);
        await RequireEligibleAsync(contest, [me], cancellationToken);
        return await AddAsync(new Entry(Guid.NewGuid(), contestId, EntryMode.Individual, me.UnitId, [me.Id], null, Now), cancellationToken);
    }

    /// <summary>A lead names people of a unit they lead (a manager: of a hall they run); the entry waits for an organiser's confirmation.</summary>
    public async Task<EntryDto> NominateAsync(Guid contestId, NominateInput input, CancellationToken cancellationToken)
    {
        var (contest, caller) = await loader.VisibleAsync(contestId, tracked: false, cancellationToken);
        var ids = input.StaffIds.Distinct().ToList();
        if (contest.EntryMode == EntryMode.Individual && ids.Count != 1) throw new BusinessException(ContestsErrorCodes.WrongEntryMode, contest.EntryMode);
        if (ids.Count > contest.TeamSize) throw new BusinessException(ContestsErrorCodes.TeamTooLarge, contest.TeamSize);
        var people = await staff.GetByIdsAsync(ids, cancellationToken);
        if (ids.FirstOrDefault(id => people.All(p => p.Id != id)) is var missing && missing != Guid.Empty) throw new EntityNotFoundException("StaffMember", missing);
        var units = people.Select(p => p.UnitId).Distinct().ToList();
        if (units.Count != 1 || units[0] is not { } unitId) throw new BusinessException(ContestsErrorCodes.TeamOfOneUnit);
        var acting = caller.Scope.ForWriting();
        if (!people.All(p => acting.CoversUnit(unitId, p.HallId))) throw new BusinessException(ContestsErrorCodes.NotYourUnit) { Kind = ErrorKind.Forbidden };
        await RequireEligibleAsync(contest, people, cancellationToken);
        // A nomination by one of the contest's organisers needs no second look.
        // (An account without a staff record — an administrator — nominates as an organiser: the entry stands at once.)
        var entry = new Entry(Guid.NewGuid(), contestId, contest.EntryMode, unitId, ids, caller.StaffId, Now);
        if (caller.CanManage(contest)) entry.Confirm(caller.StaffId, Now);
        return await AddAsync(entry, cancellationToken);
    }

    public async Task<EntryDto> ConfirmAsync(Guid contestId, Guid entryId, CancellationToken cancellationToken)
    {
        var (contest, caller) = await loader.ManagedAsync(contestId, cancellationToken);
        var entry = await LoadAsync(contestId, entryId, cancellationToken);
        if (!entry.IsActive) throw new BusinessException(ContestsErrorCodes.AlreadyWithdrawn) { Kind = ErrorKind.Conflict };
        contest.RequireState(ContestState.Announced);
        entry.Confirm(caller.StaffId, Now);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(entry, cancellationToken);
    }

    /// <summary>The entrant themself, the lead who nominated the entry, or an organiser withdraws it — until the first round opens.</summary>
    public async Task<EntryDto> WithdrawAsync(Guid contestId, Guid entryId, CancellationToken cancellationToken)
    {
        var (contest, caller) = await loader.VisibleAsync(contestId, tracked: false, cancellationToken);
        var entry = await LoadAsync(contestId, entryId, cancellationToken);
        var mayWithdraw = caller.CanManage(contest)
                          || (caller.StaffId is { } me && (entry.Members.Any(m => m.StaffId == me) || entry.NominatedByStaffId == me));
        if (!mayWithdraw) throw new EntityNotFoundException("Entry", entryId);
        if (contest.State is ContestState.Draft or ContestState.Published
            || await db.Rounds.AnyAsync(r => r.ContestId == contestId && r.State != RoundState.Pending, cancellationToken))
            throw new BusinessException(ContestsErrorCodes.WithdrawAfterFirstRound) { Kind = ErrorKind.Conflict };
        entry.Withdraw(Now);
        await db.SaveChangesAsync(cancellationToken);
        await audience.SyncAsync(contestId, cancellationToken);
        return await reader.GetAsync(entry, cancellationToken);
    }

    /// <summary>
    /// In the entry window, each person in the contest's scope halls, not in another entry of it, and not one of its
    /// organisers or judges.
    /// </summary>
    private async Task RequireEligibleAsync(Contest contest, IReadOnlyList<StaffSummary> people, CancellationToken cancellationToken)
    {
        if (!contest.IsOpenForEntry(Now))
            throw new BusinessException(ContestsErrorCodes.EntryNotOpen, contest.EntryOpensAt, contest.EntryClosesAt) { Kind = ErrorKind.Conflict };
        if (!people.All(p => contest.CoversHall(p.HallId))) throw new BusinessException(ContestsErrorCodes.NotInScope) { Kind = ErrorKind.Forbidden };
        var ids = people.Select(p => p.Id).ToList();
        if (await AnyEnteredAsync(contest.Id, ids, cancellationToken)) throw AlreadyEntered();
        if (await db.StaffRoles.AnyAsync(r => r.ContestId == contest.Id && ids.Contains(r.StaffId), cancellationToken))
            throw new BusinessException(ContestsErrorCodes.EntrantCannotJudge);
    }

    private async Task<EntryDto> AddAsync(Entry entry, CancellationToken cancellationToken)
    {
        db.Entries.Add(entry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request entered one of these people a moment ago, past our check: the unique index on their standing
            // membership kept the first (anything else rethrows).
            db.ChangeTracker.Clear();
            if (await AnyEnteredAsync(entry.ContestId, entry.Members.Select(m => m.StaffId).ToList(), cancellationToken)) throw AlreadyEntered();
            throw;
        }
        await audience.SyncAsync(entry.ContestId, cancellationToken);
        return await reader.GetAsync(entry, cancellationToken);
    }

    private Task<bool> AnyEnteredAsync(Guid contestId, IReadOnlyList<Guid> staffIds, CancellationToken cancellationToken) =>
        db.EntryMembers.AnyAsync(m => m.ActiveContestId == contestId && staffIds.Contains(m.StaffId), cancellationToken);

    private static BusinessException AlreadyEntered() => new(ContestsErrorCodes.AlreadyEntered) { Kind = ErrorKind.Conflict };

    private async Task<Entry> LoadAsync(Guid contestId, Guid entryId, CancellationToken cancellationToken) =>
        await db.Entries.Include(e => e.Members).FirstOrDefaultAsync(e => e.Id == entryId && e.ContestId == contestId, cancellationToken)
        ?? throw new EntityNotFoundException("Entry", entryId);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
