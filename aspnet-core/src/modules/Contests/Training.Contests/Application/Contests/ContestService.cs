using Microsoft.EntityFrameworkCore;
using Training.Contests.Application.Common;
using Training.Contests.Application.Entries;
using Training.Contests.Domain;
using Training.Contests.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Scoping;

namespace Training.Contests.Application.Contests;

/// <summary>
/// An organiser's contest: create and change the draft (owner and scope within the halls they run; the city's only for a
/// whole-city scope), announce it to everyone in scope, close entry (draw numbers), and name its organisers and judges.
/// </summary>
internal sealed class ContestService(
    ContestsDbContext db, ContestLoader loader, ContestCaller callers, ContestReader reader, ContestAnnouncer announcer,
    EntryDraw draw, IStructureIntegrationService structure, IStaffIntegrationService staff, TimeProvider clock)
{
    public async Task<ContestDto> CreateAsync(SaveContestInput input, CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        if (!caller.CoversOwner(input.OwnerHallId)) throw new BusinessException(ContestsErrorCodes.ScopeOutsideYours) { Kind = ErrorKind.Forbidden };
        var contest = new Contest(Guid.NewGuid(), input.OwnerHallId);
        contest.Define(input, await ScopeAsync(input, caller, cancellationToken));
        db.Contests.Add(contest);
        if (caller.StaffId is { } me) db.StaffRoles.Add(new ContestStaffRole(contest.Id, me, ContestRole.Organiser));
        await db.SaveChangesAsync(cancellationToken);
        callers.Forget();
        return await reader.ToDtoAsync(contest, await callers.GetAsync(cancellationToken), cancellationToken);
    }

    public async Task<ContestDto> UpdateAsync(Guid id, SaveContestInput input, CancellationToken cancellationToken)
    {
        var (contest, caller) = await loader.ManagedAsync(id, cancellationToken, input.Version);
        contest.Define(input, await ScopeAsync(input, caller, cancellationToken));
        await SaveAsync(cancellationToken);
        return await reader.ToDtoAsync(contest, caller, cancellationToken);
    }

    public async Task<AnnounceResultDto> AnnounceAsync(Guid id, CancellationToken cancellationToken)
    {
        var (contest, caller) = await loader.ManagedAsync(id, cancellationToken);
        contest.Announce(clock.GetUtcNow().UtcDateTime);
        await SaveAsync(cancellationToken);
        var recipients = await announcer.AnnounceAsync(contest, cancellationToken);
        return new AnnounceResultDto(recipients, await reader.ToDtoAsync(contest, caller, cancellationToken));
    }

    public async Task<ContestDto> CloseEntryAsync(Guid id, CancellationToken cancellationToken)
    {
        var (contest, caller) = await loader.ManagedAsync(id, cancellationToken);
        await draw.CloseAsync(contest, cancellationToken);
        return await reader.ToDtoAsync(contest, caller, cancellationToken);
    }

    /// <summary>
    /// Replaces the organisers, judges and chief judge. Each must be a person the caller can name (in their halls, or any
    /// for a whole-city scope) and none may be an entrant; a round's judges who are no longer judges leave the round.
    /// </summary>
    public async Task<ContestDto> SetStaffAsync(Guid id, SetContestStaffInput input, CancellationToken cancellationToken)
    {
        var (contest, caller) = await loader.ManagedAsync(id, cancellationToken);
        if (contest.State == ContestState.Published) throw new BusinessException(ContestsErrorCodes.AlreadyPublished) { Kind = ErrorKind.Conflict };
        var judges = input.JudgeStaffIds.Distinct().ToList();
        if (input.ChiefJudgeStaffId is { } chief && !judges.Contains(chief)) throw new BusinessException(ContestsErrorCodes.ChiefJudgeNotJudge);
        var everyone = input.OrganiserStaffIds.Concat(judges).Distinct().ToList();
        var found = await staff.SearchAsync(new StaffSearch(everyone, Scope: caller.Scope.Kind == ScopeKind.All ? null : caller.Scope.ForWriting()), cancellationToken);
        if (everyone.FirstOrDefault(s => found.All(f => f.Id != s)) is var missing && missing != Guid.Empty)
            throw new EntityNotFoundException("StaffMember", missing);
        if (await db.EntryMembers.AnyAsync(m => m.ContestId == id && everyone.Contains(m.StaffId)
                && db.Entries.Any(e => e.Id == m.EntryId && e.State == EntryState.Entered), cancellationToken))
            throw new BusinessException(ContestsErrorCodes.EntrantCannotJudge);

        var rows = input.OrganiserStaffIds.Distinct().Select(s => new ContestStaffRole(id, s, ContestRole.Organiser))
            .Concat(judges.Select(s => new ContestStaffRole(id, s, ContestRole.Judge))).ToList();
        if (input.ChiefJudgeStaffId is { } chiefJudge) rows.Add(new ContestStaffRole(id, chiefJudge, ContestRole.ChiefJudge));
        var old = await db.StaffRoles.Where(r => r.ContestId == id).ToListAsync(cancellationToken);
        db.StaffRoles.RemoveRange(old);
        await db.SaveChangesAsync(cancellationToken); // the old rows go first: a kept person's key is free for the new row
        db.StaffRoles.AddRange(rows);
        var dropped = await db.RoundJudges.Where(j => db.Rounds.Any(r => r.Id == j.RoundId && r.ContestId == id) && !judges.Contains(j.StaffId))
            .ToListAsync(cancellationToken);
        db.RoundJudges.RemoveRange(dropped);
        contest.Touch();
        await SaveAsync(cancellationToken);
        callers.Forget();
        return await reader.ToDtoAsync(contest, await callers.GetAsync(cancellationToken), cancellationToken);
    }

    /// <summary>The scope halls: each a hall that exists and, unless the caller sees every hall, one they run; empty = the city.</summary>
    private async Task<IReadOnlyList<Guid>> ScopeAsync(SaveContestInput input, ContestCaller.Caller caller, CancellationToken cancellationToken)
    {
        var ids = (input.ScopeHallIds ?? []).Distinct().ToList();
        if (ids.Count == 0)
        {
            if (caller.Scope.Kind != ScopeKind.All) throw new BusinessException(ContestsErrorCodes.ScopeOutsideYours) { Kind = ErrorKind.Forbidden };
            return ids;
        }
        var halls = await structure.GetHallsAsync(ids, cancellationToken);
        if (ids.FirstOrDefault(h => halls.All(x => x.Id != h)) is var unknown && unknown != Guid.Empty) throw new EntityNotFoundException("Hall", unknown);
        if (caller.Scope.Kind != ScopeKind.All && !ids.All(caller.Scope.ForWriting().CoversHall))
            throw new BusinessException(ContestsErrorCodes.ScopeOutsideYours) { Kind = ErrorKind.Forbidden };
        return ids;
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessException(CommonErrorCodes.Conflict) { Kind = ErrorKind.Conflict };
        }
    }
}
