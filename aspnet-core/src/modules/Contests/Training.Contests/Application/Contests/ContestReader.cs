using Microsoft.EntityFrameworkCore;
using Training.Contests.Application.Common;
using Training.Contests.Domain;
using Training.Contests.EntityFrameworkCore;
using Training.Learning;
using Training.Organization;
using Training.SharedKernel.Paging;

namespace Training.Contests.Application.Contests;

/// <summary>
/// Contests as the caller sees them. Contests are few (a handful a year per hall) and their scope is a short list kept with
/// them, so the list reads the contests and keeps the visible ones here rather than in SQL; counts come grouped in one query.
/// </summary>
internal sealed class ContestReader(
    ContestsDbContext db, ContestLoader loader, ContestCaller callers, IStaffIntegrationService staff, IStructureIntegrationService structure,
    ILearningIntegrationService learning, TimeProvider clock)
{
    public async Task<PagedResult<ContestSummaryDto>> ListAsync(ContestListInput input, CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        var query = db.Contests.AsNoTracking();
        if (input.State is { } state) query = query.Where(c => c.State == state);
        if (!string.IsNullOrWhiteSpace(input.Filter)) query = query.Where(c => c.Title.Contains(input.Filter.Trim()));
        var visible = (await query.OrderByDescending(c => c.EntryOpensAt).ToListAsync(cancellationToken)).Where(caller.CanSee).ToList();
        var page = visible.Skip(input.Skip).Take(input.Take).ToList();
        var ids = page.Select(c => c.Id).ToList();
        var counts = await db.Entries.Where(e => ids.Contains(e.ContestId) && e.State == EntryState.Entered)
            .GroupBy(e => e.ContestId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var mine = caller.StaffId is { } me
            ? (await db.EntryMembers.Where(m => ids.Contains(m.ContestId) && m.StaffId == me
                    && db.Entries.Any(e => e.Id == m.EntryId && e.State == EntryState.Entered)).Select(m => m.ContestId).ToListAsync(cancellationToken)).ToHashSet()
            : [];
        var now = Now;
        return new PagedResult<ContestSummaryDto>(visible.Count, page.Select(c => new ContestSummaryDto(c.Id, c.Title, c.OwnerHallId, c.State,
            c.EntryMode, c.EntryOpensAt, c.EntryClosesAt, counts.GetValueOrDefault(c.Id), c.IsOpenForEntry(now), caller.RolesIn(c.Id),
            mine.Contains(c.Id))).ToList());
    }

    public async Task<ContestDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var (contest, caller) = await loader.VisibleAsync(id, tracked: false, cancellationToken);
        return await ToDtoAsync(contest, caller, cancellationToken);
    }

    public async Task<ContestDto> ToDtoAsync(Contest contest, ContestCaller.Caller caller, CancellationToken cancellationToken)
    {
        var rounds = await db.Rounds.AsNoTracking().Include(r => r.Judges).Where(r => r.ContestId == contest.Id).OrderBy(r => r.Order)
            .ToListAsync(cancellationToken);
        var roles = await db.StaffRoles.AsNoTracking().Where(r => r.ContestId == contest.Id).ToListAsync(cancellationToken);
        var entryCount = await db.Entries.CountAsync(e => e.ContestId == contest.Id && e.State == EntryState.Entered, cancellationToken);
        var myEntry = caller.StaffId is { } me
            ? await db.Entries.AsNoTracking().Where(e => e.ContestId == contest.Id && e.State == EntryState.Entered && e.Members.Any(m => m.StaffId == me))
                .Select(e => (Guid?)e.Id).FirstOrDefaultAsync(cancellationToken)
            : null;
        var people = (await staff.GetByIdsAsync(roles.Select(r => r.StaffId).Distinct().ToList(), cancellationToken)).ToDictionary(p => p.Id);
        var units = (await structure.GetUnitsAsync(people.Values.Where(p => p.UnitId is not null).Select(p => p.UnitId!.Value).Distinct().ToList(),
            cancellationToken: cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        var halls = contest.IsCityWide ? [] : await structure.GetHallsAsync(contest.ScopeHallIds, cancellationToken);
        var exams = new Dictionary<Guid, string>();
        foreach (var examId in rounds.Where(r => r.ExamId is not null).Select(r => r.ExamId!.Value).Distinct())
            if (await learning.GetExamAsync(examId, cancellationToken) is { } exam) exams[examId] = exam.Title;

        var canManage = caller.CanManage(contest);
        // Judges and organisers are named to those who run the contest and to the people assigned; not to entrants.
        var staffShown = canManage || caller.Roles[contest.Id].Any()
            ? roles.Where(r => people.ContainsKey(r.StaffId)).OrderBy(r => r.Role).ThenBy(r => people[r.StaffId].StaffNumber).Select(r =>
            {
                var p = people[r.StaffId];
                return new ContestStaffDto(p.Id, p.Name, p.StaffNumber, p.UnitId is { } u ? units.GetValueOrDefault(u) : null, r.Role);
            }).ToList()
            : [];
        var firstRoundOpened = rounds.Any(r => r.State != RoundState.Pending);
        return new ContestDto(contest.Id, contest.Title, contest.Description, contest.OwnerHallId,
            halls.OrderBy(h => h.Code).Select(h => new HallRefDto(h.Id, h.Name)).ToList(), contest.EntryMode, contest.TeamSize,
            contest.EntryOpensAt, contest.EntryClosesAt, contest.CreditHours, contest.ShowNamesOnBoard, contest.State, contest.AnnouncedAt,
            contest.AwardTiers.Select(t => new AwardTierDto(t.Tier, t.Count, t.SharePercent)).ToList(),
            rounds.Select(r => ToDto(r, exams)).ToList(), staffShown, entryCount, contest.Version, canManage, caller.RolesIn(contest.Id),
            contest.IsOpenForEntry(Now), myEntry, myEntry is not null && !firstRoundOpened && contest.State != ContestState.Published);
    }

    /// <summary>A round's judges are listed to everyone who sees the round's definition (ids only; names come with the staff list).</summary>
    private static RoundDto ToDto(Round r, IReadOnlyDictionary<Guid, string> exams) => new(r.Id, r.Order, r.Kind, r.Title, r.Weight, r.ExamId,
        r.ExamId is { } e ? exams.GetValueOrDefault(e) : null, r.Criteria.Select(c => new CriterionDto(c.Name, c.MaxPoints)).ToList(),
        r.Judges.Select(j => j.StaffId).ToList(), r.State, r.OpenedAt, r.ClosedAt);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
