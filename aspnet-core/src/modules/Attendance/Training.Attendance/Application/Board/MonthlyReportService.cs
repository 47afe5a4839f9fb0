using Microsoft.EntityFrameworkCore;
using Training.Attendance.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Scoping;
using Training.SharedKernel.Time;

namespace Training.Attendance.Application.Board;

/// <summary>
/// The monthly report 考勤月报 per unit and per person, and the lateness-and-absence trend by unit over months. Counts
/// are aggregated in SQL over the caller's scope (the results' snapshot hall and unit); names come from Organization in
/// one call per kind for the page shown.
/// </summary>
internal sealed class MonthlyReportService(
    AttendanceDbContext db, IDataScopeProvider scopes, IStaffIntegrationService staff, IStructureIntegrationService structure,
    TimeProvider clock)
{
    public async Task<PagedResult<UnitReportRowDto>> ListUnitsAsync(MonthlyReportInput input, CancellationToken cancellationToken)
    {
        var results = await ResultsAsync(input.Year, input.Month, input.HallId, input.UnitId, cancellationToken);
        var (page, total) = await ReportAggregates.PageAsync(ReportAggregates.PerUnit(results), input, perPerson: false, cancellationToken);
        return new PagedResult<UnitReportRowDto>(total, await UnitRowsAsync(results, page, cancellationToken));
    }

    public async Task<PagedResult<PersonReportRowDto>> ListPeopleAsync(MonthlyReportInput input, CancellationToken cancellationToken)
    {
        var results = await ResultsAsync(input.Year, input.Month, input.HallId, input.UnitId, cancellationToken);
        var (page, total) = await ReportAggregates.PageAsync(ReportAggregates.PerPerson(results), input, perPerson: true, cancellationToken);
        return new PagedResult<PersonReportRowDto>(total, await PersonRowsAsync(results, page, cancellationToken));
    }

    /// <summary>Every unit and every person of the report (the export), in the default order.</summary>
    public async Task<(List<UnitReportRowDto> Units, List<PersonReportRowDto> People)> AllAsync(MonthlyReportExportInput input,
        CancellationToken cancellationToken)
    {
        var results = await ResultsAsync(input.Year, input.Month, input.HallId, input.UnitId, cancellationToken);
        var all = new PagedRequest { MaxResultCount = PagedRequest.MaxMaxResultCount };
        var units = new List<UnitReportRowDto>();
        var people = new List<PersonReportRowDto>();
        for (var skip = 0; ; skip += PagedRequest.MaxMaxResultCount)
        {
            var (page, _) = await ReportAggregates.PageAsync(ReportAggregates.PerUnit(results), all with { SkipCount = skip }, perPerson: false, cancellationToken);
            units.AddRange(await UnitRowsAsync(results, page, cancellationToken));
            if (page.Count < PagedRequest.MaxMaxResultCount) break;
        }
        for (var skip = 0; ; skip += PagedRequest.MaxMaxResultCount)
        {
            var (page, _) = await ReportAggregates.PageAsync(ReportAggregates.PerPerson(results), all with { SkipCount = skip }, perPerson: true, cancellationToken);
            people.AddRange(await PersonRowsAsync(results, page, cancellationToken));
            if (page.Count < PagedRequest.MaxMaxResultCount) break;
        }
        return (units, people);
    }

    /// <summary>Every unit of one hall's month, whoever asks (the bulletin's job has no caller), in the default order.</summary>
    public async Task<List<UnitReportRowDto>> UnitsOfHallAsync(Guid hallId, int year, int month, CancellationToken cancellationToken)
    {
        var first = new DateOnly(year, month, 1);
        var hall = new DataScope(ScopeKind.Halls, null, [], [hallId]);
        var results = ReportAggregates.InScope(db, hall, first, first.AddMonths(1).AddDays(-1), hallId, null);
        var all = new PagedRequest { MaxResultCount = PagedRequest.MaxMaxResultCount };
        var units = new List<UnitReportRowDto>();
        for (var skip = 0; ; skip += PagedRequest.MaxMaxResultCount)
        {
            var (page, _) = await ReportAggregates.PageAsync(ReportAggregates.PerUnit(results), all with { SkipCount = skip }, perPerson: false, cancellationToken);
            units.AddRange(await UnitRowsAsync(results, page, cancellationToken));
            if (page.Count < PagedRequest.MaxMaxResultCount) break;
        }
        return units;
    }

    public async Task<AttendanceTrendDto> TrendAsync(AttendanceTrendInput input, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var last = new DateOnly(today.Year, today.Month, 1).AddMonths(1).AddDays(-1);
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(1 - input.Months);
        var scope = await scopes.GetAsync(cancellationToken);
        var counts = await ReportAggregates.InScope(db, scope, first, last, input.HallId, input.UnitId)
            .GroupBy(r => new { r.UnitId, r.Date.Year, r.Date.Month })
            .Select(g => new
            {
                g.Key.UnitId, g.Key.Year, g.Key.Month, Sessions = g.Count(),
                Late = g.Count(r => r.Status == SessionStatus.Late || (!r.IsCorrected && r.LateMinutes > 0)),
                Absent = g.Count(r => r.Status == SessionStatus.Absent),
            }).ToListAsync(cancellationToken);
        var months = Enumerable.Range(0, input.Months).Select(first.AddMonths).ToList();
        var names = await UnitNamesAsync(counts.Select(c => c.UnitId), cancellationToken);
        var units = counts.GroupBy(c => c.UnitId).Select(g =>
        {
            int[] Series(Func<int, int, int> pick) => months.Select(m => pick(m.Year, m.Month)).ToArray();
            var byMonth = g.ToDictionary(c => (c.Year, c.Month));
            return new TrendUnitDto(g.Key, g.Key is { } id ? names.GetValueOrDefault(id) : null,
                Series((y, m) => byMonth.GetValueOrDefault((y, m))?.Late ?? 0),
                Series((y, m) => byMonth.GetValueOrDefault((y, m))?.Absent ?? 0),
                Series((y, m) => byMonth.GetValueOrDefault((y, m))?.Sessions ?? 0));
        }).OrderBy(u => u.UnitName, StringComparer.Ordinal).ToList();
        return new AttendanceTrendDto(months.Select(m => $"{m.Year:0000}-{m.Month:00}").ToList(), units);
    }

    private async Task<IQueryable<EffectiveResult>> ResultsAsync(int year, int month, Guid? hallId, Guid? unitId, CancellationToken cancellationToken)
    {
        var first = new DateOnly(year, month, 1);
        if (first > clock.Today()) throw new BusinessException(AttendanceErrorCodes.ReportRangeInvalid, AttendanceTrendDto.MaxMonths);
        var scope = await scopes.GetAsync(cancellationToken);
        return ReportAggregates.InScope(db, scope, first, first.AddMonths(1).AddDays(-1), hallId, unitId);
    }

    private async Task<List<UnitReportRowDto>> UnitRowsAsync(IQueryable<EffectiveResult> results, List<ReportAggregate> page, CancellationToken cancellationToken)
    {
        if (page.Count == 0) return [];
        var unitIds = page.Where(p => p.UnitId is not null).Select(p => p.UnitId!.Value).ToList();
        var withoutUnit = page.Any(p => p.UnitId is null);
        var parts = await ReportAggregates.DayPartsAsync(db,
            results.Where(r => (r.UnitId != null && EF.Parameter(unitIds).Contains(r.UnitId.Value)) || (withoutUnit && r.UnitId == null)), cancellationToken);
        var days = ReportAggregates.Days(parts, p => (p.UnitId ?? Guid.Empty, p.HallId));
        var units = await UnitNamesAsync(page.Select(p => p.UnitId), cancellationToken);
        var halls = (await structure.GetHallsAsync(page.Select(p => p.HallId).Distinct().ToList(), cancellationToken)).ToDictionary(h => h.Id, h => h.Name);
        var types = await LeaveTypesAsync(days.Values.SelectMany(d => d.Leave.Keys), cancellationToken);
        return page.Select(p => new UnitReportRowDto(p.UnitId, p.UnitId is { } id ? units.GetValueOrDefault(id) : null, p.HallId,
            halls.GetValueOrDefault(p.HallId), p.People, Counts(p, days.GetValueOrDefault((p.UnitId ?? Guid.Empty, p.HallId)), types))).ToList();
    }

    private async Task<List<PersonReportRowDto>> PersonRowsAsync(IQueryable<EffectiveResult> results, List<ReportAggregate> page, CancellationToken cancellationToken)
    {
        if (page.Count == 0) return [];
        var staffIds = page.Select(p => p.StaffId).ToList();
        var parts = await ReportAggregates.DayPartsAsync(db, results.Where(r => EF.Parameter(staffIds).Contains(r.StaffId)), cancellationToken);
        var days = ReportAggregates.Days(parts, p => p.StaffId);
        var people = (await staff.GetByIdsAsync(staffIds, cancellationToken)).ToDictionary(s => s.Id);
        var units = await UnitNamesAsync(people.Values.Select(p => p.UnitId), cancellationToken);
        var types = await LeaveTypesAsync(days.Values.SelectMany(d => d.Leave.Keys), cancellationToken);
        return page.Select(p =>
        {
            var person = people.GetValueOrDefault(p.StaffId);
            return new PersonReportRowDto(p.StaffId, person?.StaffNumber, person?.Name, person?.UnitId,
                person?.UnitId is { } unit ? units.GetValueOrDefault(unit) : null, Counts(p, days.GetValueOrDefault(p.StaffId), types));
        }).ToList();
    }

    private static ReportCountsDto Counts(ReportAggregate a, (double Worked, Dictionary<Guid, double> Leave) days,
        Dictionary<Guid, (string Zh, string En, int Order)> types)
    {
        var leave = (days.Leave ?? []).Where(l => types.ContainsKey(l.Key)).OrderBy(l => types[l.Key].Order)
            .Select(l => new LeaveDaysDto(l.Key, types[l.Key].Zh, types[l.Key].En, Math.Round(l.Value, 2))).ToList();
        return new ReportCountsDto(a.Sessions, a.Late, a.LateMinutes, a.Early, a.Absent, a.OffPost, a.OutWithoutLeave,
            Math.Round(days.Worked, 2), Math.Round(leave.Sum(l => l.Days), 2), leave);
    }

    private async Task<Dictionary<Guid, string>> UnitNamesAsync(IEnumerable<Guid?> unitIds, CancellationToken cancellationToken)
    {
        var ids = unitIds.Where(id => id is not null).Select(id => id!.Value).Distinct().ToList();
        return ids.Count == 0 ? [] : (await structure.GetUnitsAsync(ids, null, cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
    }

    private async Task<Dictionary<Guid, (string Zh, string En, int Order)>> LeaveTypesAsync(IEnumerable<Guid> typeIds, CancellationToken cancellationToken)
    {
        var ids = typeIds.Distinct().ToList();
        if (ids.Count == 0) return [];
        return await db.LeaveTypes.AsNoTracking().Where(t => EF.Parameter(ids).Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, t => (t.NameZh, t.NameEn, t.SortOrder), cancellationToken);
    }
}
