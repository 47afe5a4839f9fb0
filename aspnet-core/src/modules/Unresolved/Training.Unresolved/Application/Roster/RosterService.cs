using Microsoft.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Errors;
using Training.Unresolved.Application.Common;
using Training.Unresolved.Domain;
using Training.Unresolved.EntityFrameworkCore;

namespace Training.Unresolved.Application.Roster;

/// <summary>
/// The hall guides' duty roster 当日大厅巡导员 by hall and month: read by whoever works in or holds the hall, planned by
/// its managers (a guide must be a staff member of the hall). The day's guide is the first responsible person of that
/// day's cases.
/// </summary>
internal sealed class RosterService(
    UnresolvedDbContext db, CaseCaller callers, IStaffIntegrationService staff, IStructureIntegrationService structure, IWorkCalendar calendar)
{
    public async Task<RosterMonthDto> GetAsync(Guid hallId, int year, int month, CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        if (!await ReadsAsync(caller, hallId, cancellationToken)) throw new EntityNotFoundException("Hall", hallId);
        var (first, last) = Month(year, month);
        var days = await db.GuideDuties.AsNoTracking().Where(d => d.HallId == hallId && d.Date >= first && d.Date <= last)
            .OrderBy(d => d.Date).Select(d => new GuideDutyDto(d.Date, d.StaffId, d.StaffName)).ToListAsync(cancellationToken);
        var working = await calendar.GetWorkingDaysAsync(first, last, cancellationToken);
        return new RosterMonthDto(hallId, year, month, days, working.Order().ToList());
    }

    public async Task<RosterMonthDto> SaveAsync(SaveRosterInput input, CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        if (!caller.ActsIn(input.HallId) || (await structure.GetHallsAsync([input.HallId], cancellationToken)).Count == 0)
            throw new EntityNotFoundException("Hall", input.HallId);
        var (first, last) = Month(input.Year, input.Month);
        var outside = input.Days.FirstOrDefault(d => d.Date < first || d.Date > last);
        if (outside is not null) throw new BusinessException(UnresolvedErrorCodes.RosterDayOutsideMonth, outside.Date.ToString("yyyy-MM-dd"));
        var guideIds = input.Days.Select(d => d.StaffId).OfType<Guid>().Distinct().ToList();
        var guides = guideIds.Count == 0 ? new Dictionary<Guid, StaffSummary>()
            : (await staff.GetByIdsAsync(guideIds, cancellationToken)).Where(s => s.HallId == input.HallId && s.Status == StaffStatus.Active)
                .ToDictionary(s => s.Id);
        if (guideIds.Any(g => !guides.ContainsKey(g))) throw new BusinessException(UnresolvedErrorCodes.UnknownGuide);

        var existing = await db.GuideDuties.Where(d => d.HallId == input.HallId && d.Date >= first && d.Date <= last)
            .ToDictionaryAsync(d => d.Date, cancellationToken);
        foreach (var day in input.Days.DistinctBy(d => d.Date))
        {
            var current = existing.GetValueOrDefault(day.Date);
            if (day.StaffId is not { } guideId)
            {
                if (current is not null) db.GuideDuties.Remove(current);
                continue;
            }
            var guide = guides[guideId];
            if (current is null) db.GuideDuties.Add(new GuideDuty(Guid.NewGuid(), input.HallId, day.Date, guide.Id, guide.Name));
            else current.Assign(guide.Id, guide.Name);
        }
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(input.HallId, input.Year, input.Month, cancellationToken);
    }

    /// <summary>The guide on duty of a hall on a day, if the roster names one.</summary>
    public async Task<GuideOnDutyDto?> OnDutyAsync(Guid hallId, DateOnly date, CancellationToken cancellationToken) =>
        await db.GuideDuties.AsNoTracking().Where(d => d.HallId == hallId && d.Date == date)
            .Select(d => new GuideOnDutyDto(d.StaffId, d.StaffName)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Whoever holds the hall, or works in it (the desk needs to know today's guide).</summary>
    private async Task<bool> ReadsAsync(CaseCaller.Caller caller, Guid hallId, CancellationToken cancellationToken)
    {
        if (caller.Scope.CoversHall(hallId)) return true;
        return caller.Account.StaffId is { } me && (await staff.GetByIdsAsync([me], cancellationToken)).Any(s => s.HallId == hallId);
    }

    private static (DateOnly First, DateOnly Last) Month(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return (first, first.AddMonths(1).AddDays(-1));
    }
}
