using Microsoft.EntityFrameworkCore;
using Training.Organization;
using Training.Ratings.Domain;
using Training.Ratings.EntityFrameworkCore;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Scoping;
using Training.SharedKernel.Settings;
using Training.SharedKernel.Time;

namespace Training.Ratings.Application.Statistics;

/// <summary>
/// The ratings dashboard of the caller's scope for a period and optionally a hall, unit or window: totals, the
/// bad-rating loop's rates against the target, a 12-month trend, counts by window, matter and tag, the surveys and the
/// service efficiency of the months overlapping. Every aggregate is a GROUP BY in SQL; the number of queries is fixed
/// whatever the data. Excluded ratings never count (the totals say how many there were).
/// </summary>
internal sealed class DashboardService(RatingsDbContext db, IDataScopeProvider scopes, IStructureIntegrationService structure,
    ISettingProvider settings, TimeProvider clock)
{
    public async Task<DashboardDto> GetAsync(DashboardInput input, CancellationToken cancellationToken)
    {
        if (input.To < input.From || input.To.DayNumber - input.From.DayNumber >= DashboardInput.MaxDays)
            throw new BusinessException(RatingsErrorCodes.RangeInvalid, DashboardInput.MaxDays);
        var scope = await scopes.GetAsync(cancellationToken);
        var place = await PlaceAsync(input, scope, cancellationToken);
        var rule = await SatisfactionRule.ReadAsync(settings, cancellationToken);
        var target = await settings.GetIntAsync(RatingsSettings.TargetRate, input.HallId, cancellationToken);

        var inPlace = Filtered(db.Ratings.AsNoTracking().WhereInScope(scope, r => r.HallId, r => r.UnitId, r => r.StaffId), input);
        var all = inPlace.Where(r => r.Date >= input.From && r.Date <= input.To);
        var counted = all.Where(r => r.ExcludedByAppealId == null);

        var totals = await all.GroupBy(r => new { r.Level, r.IsRealName, Excluded = r.ExcludedByAppealId != null })
            .Select(g => new { g.Key.Level, g.Key.IsRealName, g.Key.Excluded, Count = g.Count() }).ToListAsync(cancellationToken);
        var included = totals.Where(t => !t.Excluded).ToList();

        var trendFrom = new DateOnly(input.To.Year, input.To.Month, 1).AddMonths(-11);
        var trend = await inPlace.Where(r => r.Date >= trendFrom && r.Date <= input.To && r.ExcludedByAppealId == null)
            .GroupBy(r => new { r.Date.Year, r.Date.Month, r.Level })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.Level, Count = g.Count() }).ToListAsync(cancellationToken);

        var byWindow = (await counted.CountByLevel(r => r.WindowId).ToListAsync(cancellationToken)).ByKey(rule);
        var byMatter = await counted.CountByLevel(r => r.MatterId).ToListAsync(cancellationToken);
        var byTag = (await (from t in db.RatingTags
                            join r in counted on t.RatingId equals r.Id
                            group r by new { t.TagId, r.Level } into g
                            select new KeyedLevelCount { Key = g.Key.TagId, Level = g.Key.Level, Count = g.Count() })
            .ToListAsync(cancellationToken)).ByKey(rule);

        var today = clock.Today();
        var cases = CaseCounts.Sum(await CaseCounts.Of(db.Cases.AsNoTracking().Where(c => counted.Any(r => r.Id == c.RatingId)), c => c.HallId, today)
            .ToListAsync(cancellationToken));

        var periods = SurveyPeriods(input.From, input.To);
        var surveys = await Places(db.Surveys.AsNoTracking().WhereInScope(scope, s => s.HallId, s => s.UnitId, null), input, place)
            .Where(s => periods.Contains(s.Year * 10 + s.Period))
            .Select(s => new { s.UnitId, s.Year, s.Period, s.Score, s.SampleSize }).ToListAsync(cancellationToken);
        var months = Months(input.From, input.To);
        var service = await Places(db.ServiceRecords.AsNoTracking().WhereInScope(scope, r => r.HallId, r => r.UnitId, r => r.StaffId), input, place)
            .Where(r => months.Contains(r.Year * 100 + r.Month))
            .GroupBy(r => r.HallId).Select(g => new { Rows = g.Count(), Volume = g.Sum(r => r.CaseVolume), OnTime = g.Sum(r => r.OnTimeCount) })
            .ToListAsync(cancellationToken);

        var matterIds = byMatter.Where(m => m.Key is not null).Select(m => m.Key!.Value).Distinct().ToList();
        var matters = await db.Matters.AsNoTracking().Where(m => matterIds.Contains(m.Id))
            .Select(m => new { m.Id, m.Code, m.Name }).ToDictionaryAsync(m => m.Id, cancellationToken);
        var tags = await db.Tags.AsNoTracking().Select(t => new { t.Id, t.Code, t.NameZh }).ToDictionaryAsync(t => t.Id, cancellationToken);
        var windows = (await structure.GetWindowsAsync(byWindow.Keys.ToList(), null, cancellationToken)).ToDictionary(w => w.Id);
        var units = (await structure.GetUnitsAsync(surveys.Select(s => s.UnitId).Distinct().ToList(), null, cancellationToken)).ToDictionary(u => u.Id);

        return new DashboardDto(input.From, input.To,
            new DashboardTotalsDto(rule.Counts(included.Select(t => (t.Level, t.Count))), totals.Where(t => t.Excluded).Sum(t => t.Count),
                included.Where(t => t.IsRealName && RatingsConsts.IsBad(t.Level)).Sum(t => t.Count)),
            new CaseRatesDto(cases.CallbackDue, cases.CalledBack, cases.CalledBackOnTime, SatisfactionRule.Rate(cases.CalledBack, cases.CallbackDue),
                SatisfactionRule.Rate(cases.CalledBackOnTime, cases.CallbackDue), cases.RectifyDue, cases.Rectified, cases.RectifiedOnTime,
                SatisfactionRule.Rate(cases.Rectified, cases.RectifyDue), SatisfactionRule.Rate(cases.RectifiedOnTime, cases.RectifyDue),
                cases.Open, cases.Overdue, target / 100.0),
            Enumerable.Range(0, 12).Select(i => trendFrom.AddMonths(i))
                .Select(m => new MonthCountsDto(m.Year, m.Month, rule.Counts(trend.Where(t => t.Year == m.Year && t.Month == m.Month)
                    .Select(t => (t.Level, t.Count))))).ToList(),
            byWindow.Select(w => new GroupCountsDto(w.Key, windows.GetValueOrDefault(w.Key)?.Code ?? "", windows.GetValueOrDefault(w.Key)?.Name ?? "", w.Value))
                .OrderBy(g => g.Code, StringComparer.Ordinal).ToList(),
            byMatter.GroupBy(m => m.Key).Select(g => (g.Key, Counts: rule.Counts(g.Select(r => (r.Level, r.Count)))))
                .Select(m => m.Key is { } id && matters.TryGetValue(id, out var matter)
                    ? new GroupCountsDto(id, matter.Code, matter.Name, m.Counts) : new GroupCountsDto(null, "", "", m.Counts))
                .OrderByDescending(g => g.Counts.Total).ThenBy(g => g.Code, StringComparer.Ordinal).ToList(),
            byTag.Select(t => new GroupCountsDto(t.Key, tags.GetValueOrDefault(t.Key)?.Code ?? "", tags.GetValueOrDefault(t.Key)?.NameZh ?? "", t.Value))
                .OrderByDescending(g => g.Counts.Total).ToList(),
            surveys.Select(s => new UnitSurveyDto(s.UnitId, units.GetValueOrDefault(s.UnitId)?.Code ?? "", units.GetValueOrDefault(s.UnitId)?.Name ?? "",
                s.Year, s.Period, s.Score, s.SampleSize)).OrderBy(s => s.UnitCode, StringComparer.Ordinal).ThenBy(s => s.Year).ThenBy(s => s.Period).ToList(),
            new ServiceEfficiencyDto(service.Sum(s => s.Rows), service.Sum(s => s.Volume), service.Sum(s => s.OnTime),
                SatisfactionRule.Rate(service.Sum(s => s.OnTime), service.Sum(s => s.Volume))));
    }

    /// <summary>The unit a window or unit filter stands for (surveys and service records are per unit); 404 outside the scope.</summary>
    private async Task<Guid?> PlaceAsync(DashboardInput input, DataScope scope, CancellationToken cancellationToken)
    {
        if (input.WindowId is { } windowId)
        {
            var window = (await structure.GetWindowsAsync([windowId], null, cancellationToken)).FirstOrDefault();
            if (window is null || !scope.CoversUnit(window.UnitId, window.HallId)) throw new EntityNotFoundException("Window", windowId);
            return window.UnitId;
        }
        if (input.UnitId is { } unitId)
        {
            var unit = (await structure.GetUnitsAsync([unitId], null, cancellationToken)).FirstOrDefault();
            if (unit is null || !scope.CoversUnit(unit.Id, unit.HallId)) throw new EntityNotFoundException("Unit", unitId);
            return unit.Id;
        }
        if (input.HallId is { } hallId && !scope.CoversHall(hallId) && scope.Kind != ScopeKind.Units)
            throw new EntityNotFoundException("Hall", hallId);
        return null;
    }

    private static IQueryable<Rating> Filtered(IQueryable<Rating> query, DashboardInput input)
    {
        if (input.HallId is { } hall) query = query.Where(r => r.HallId == hall);
        if (input.UnitId is { } unit) query = query.Where(r => r.UnitId == unit);
        if (input.WindowId is { } window) query = query.Where(r => r.WindowId == window);
        return query;
    }

    private static IQueryable<SurveyResult> Places(IQueryable<SurveyResult> query, DashboardInput input, Guid? unit)
    {
        if (input.HallId is { } hall) query = query.Where(s => s.HallId == hall);
        if (unit is { } u) query = query.Where(s => s.UnitId == u);
        return query;
    }

    private static IQueryable<ServiceRecord> Places(IQueryable<ServiceRecord> query, DashboardInput input, Guid? unit)
    {
        if (input.HallId is { } hall) query = query.Where(r => r.HallId == hall);
        if (unit is { } u) query = query.Where(r => r.UnitId == u);
        return query;
    }

    /// <summary>The two-month survey periods overlapping the range, as year × 10 + period.</summary>
    internal static List<int> SurveyPeriods(DateOnly from, DateOnly to) =>
        Months(from, to).Select(m => m / 100 * 10 + SurveyResult.PeriodOf(m % 100)).Distinct().ToList();

    /// <summary>The calendar months overlapping the range, as year × 100 + month.</summary>
    internal static List<int> Months(DateOnly from, DateOnly to)
    {
        var list = new List<int>();
        for (var m = new DateOnly(from.Year, from.Month, 1); m <= to; m = m.AddMonths(1)) list.Add(m.Year * 100 + m.Month);
        return list;
    }
}
