using Microsoft.EntityFrameworkCore;
using Training.Contests.Application.Common;
using Training.Contests.Domain;
using Training.Contests.EntityFrameworkCore;
using Training.Organization;

namespace Training.Contests.Application.Entries;

/// <summary>Entries with their people's names and units: the organisers' list (and export), one entry, the caller's own entries.</summary>
internal sealed class EntryReader(
    ContestsDbContext db, ContestLoader loader, ContestCaller callers, IStaffIntegrationService staff, IStructureIntegrationService structure)
{
    /// <summary>Every entry of the contest, withdrawn ones last (organisers only: names beside entries).</summary>
    public async Task<IReadOnlyList<EntryDto>> ListAsync(Guid contestId, CancellationToken cancellationToken)
    {
        await loader.ManagedAsync(contestId, cancellationToken);
        var entries = await db.Entries.AsNoTracking().Include(e => e.Members).Where(e => e.ContestId == contestId)
            .OrderBy(e => e.State).ThenBy(e => e.DrawNumber).ThenBy(e => e.EnteredAt).ToListAsync(cancellationToken);
        return await ToDtosAsync(entries, cancellationToken);
    }

    public async Task<EntryDto> GetAsync(Entry entry, CancellationToken cancellationToken) => (await ToDtosAsync([entry], cancellationToken)).Single();

    /// <summary>The contests the caller has entered (not withdrawn), newest first, with the written round's exam to take.</summary>
    public async Task<IReadOnlyList<MyEntryDto>> MineAsync(CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        if (caller.StaffId is not { } me) return [];
        var rows = await (from m in db.EntryMembers
                          join e in db.Entries on m.EntryId equals e.Id
                          join c in db.Contests on e.ContestId equals c.Id
                          where m.StaffId == me && e.State == EntryState.Entered
                          orderby c.EntryOpensAt descending
                          select new
                          {
                              e.Id, e.ContestId, c.Title, c.State, e.DrawNumber, e.ConfirmedAt,
                              Started = db.Rounds.Any(r => r.ContestId == c.Id && r.State != RoundState.Pending),
                              Exam = db.Rounds.Where(r => r.ContestId == c.Id && r.ExamId != null).OrderBy(r => r.Order).Select(r => r.ExamId).FirstOrDefault(),
                          }).ToListAsync(cancellationToken);
        return rows.Select(r => new MyEntryDto(r.Id, r.ContestId, r.Title, r.State, r.DrawNumber, EntryState.Entered, r.ConfirmedAt is not null,
            !r.Started && r.State is ContestState.Announced or ContestState.Closed, r.Exam)).ToList();
    }

    public async Task<IReadOnlyList<EntryDto>> ToDtosAsync(IReadOnlyList<Entry> entries, CancellationToken cancellationToken)
    {
        var ids = entries.SelectMany(e => e.Members.Select(m => m.StaffId))
            .Concat(entries.Where(e => e.NominatedByStaffId is not null).Select(e => e.NominatedByStaffId!.Value)).Distinct().ToList();
        var people = (await staff.GetByIdsAsync(ids, cancellationToken)).ToDictionary(p => p.Id);
        var unitIds = people.Values.Where(p => p.UnitId is not null).Select(p => p.UnitId!.Value)
            .Concat(entries.Where(e => e.UnitId is not null).Select(e => e.UnitId!.Value)).Distinct().ToList();
        var units = unitIds.Count == 0 ? [] : (await structure.GetUnitsAsync(unitIds, cancellationToken: cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        return entries.Select(e => new EntryDto(e.Id, e.ContestId, e.Mode, e.UnitId, e.UnitId is { } u ? units.GetValueOrDefault(u) : null,
            e.Members.Select(m => Member(m.StaffId, people, units)).OrderBy(m => m.StaffNumber).ToList(), e.DrawNumber, e.NominatedByStaffId,
            e.NominatedByStaffId is { } n && people.TryGetValue(n, out var by) ? by.Name : null, e.ConfirmedAt is not null, e.State, e.EnteredAt,
            e.WithdrawnAt)).ToList();
    }

    private static EntryMemberDto Member(Guid staffId, IReadOnlyDictionary<Guid, StaffSummary> people, IReadOnlyDictionary<Guid, string> units) =>
        people.TryGetValue(staffId, out var p)
            ? new EntryMemberDto(p.Id, p.Name, p.StaffNumber, p.UnitId, p.UnitId is { } u ? units.GetValueOrDefault(u) : null)
            : new EntryMemberDto(staffId, "", "", null, null);
}
