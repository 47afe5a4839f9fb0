using Microsoft.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Scoping;
using Training.SharedKernel.Time;
using Training.Supervision.Domain;
using Training.Supervision.EntityFrameworkCore;

namespace Training.Supervision.Application.Statistics;

/// <summary>
/// The supervision statistics of the caller's scope: five GROUP BY queries (findings by month × category, by unit ×
/// category, disputes by state, ledger items by state and overdue, send-backs by mark) and one call for the units' names,
/// whatever the data. A window lead's scope is their unit, so they see their unit's figures only.
/// </summary>
internal sealed class SupervisionStatisticsService(SupervisionDbContext db, IDataScopeProvider scopes, IStructureIntegrationService structure,
    TimeProvider clock)
{
    private static readonly LedgerState[] OpenStates = [LedgerState.Open, LedgerState.InProgress, LedgerState.SentBack];
    private static readonly FindingState[] Counted = [FindingState.Recorded, FindingState.Upheld];

    public async Task<SupervisionStatisticsDto> GetAsync(SupervisionStatisticsInput input, CancellationToken cancellationToken)
    {
        var (from, to) = Span(input.From, input.To);
        var scope = await scopes.GetAsync(cancellationToken);
        await CheckPlaceAsync(input, scope, cancellationToken);

        var findings = db.Findings.AsNoTracking().WhereInScope(scope, f => f.HallId, f => f.UnitId, f => f.StaffId)
            .Where(f => f.Date >= from && f.Date <= to);
        if (input.HallId is { } hall) findings = findings.Where(f => f.HallId == hall);
        if (input.UnitId is { } unit) findings = findings.Where(f => f.UnitId == unit);
        var counted = findings.Where(f => Counted.Contains(f.State));

        var byMonth = await counted.GroupBy(f => new { f.Date.Year, f.Date.Month, f.Category })
            .Select(g => new MonthCategoryCountDto(g.Key.Year, g.Key.Month, g.Key.Category, g.Count(), g.Sum(f => f.UnitPoints)))
            .ToListAsync(cancellationToken);
        var byUnit = await counted.GroupBy(f => new { f.UnitId, f.HallId, f.Category })
            .Select(g => new { g.Key.UnitId, g.Key.HallId, g.Key.Category, Count = g.Count(), Points = g.Sum(f => f.UnitPoints) })
            .ToListAsync(cancellationToken);
        var disputes = await findings.Where(f => f.DisputedAt != null).GroupBy(f => f.State)
            .Select(g => new { State = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.State, x => x.Count, cancellationToken);

        var items = db.LedgerItems.AsNoTracking().WhereInScope(scope, l => l.HallId, l => l.UnitId, null)
            .Where(l => l.OpenedOn >= from && l.OpenedOn <= to);
        if (input.HallId is { } h) items = items.Where(l => l.HallId == h);
        if (input.UnitId is { } u) items = items.Where(l => l.UnitId == u);
        var today = clock.Today();
        var states = await items.GroupBy(l => new { l.State, Overdue = OpenStates.Contains(l.State) && l.DueOn < today })
            .Select(g => new { g.Key.State, g.Key.Overdue, Count = g.Count() }).ToListAsync(cancellationToken);
        var (start, end) = (BusinessDates.StartOfDayUtc(from), BusinessDates.StartOfDayUtc(to.AddDays(1)));
        var reviewed = db.LedgerItems.AsNoTracking().WhereInScope(scope, l => l.HallId, l => l.UnitId, null);
        if (input.HallId is { } rh) reviewed = reviewed.Where(l => l.HallId == rh);
        if (input.UnitId is { } ru) reviewed = reviewed.Where(l => l.UnitId == ru);
        var marks = await (from r in db.LedgerReviews
                           join l in reviewed on r.ItemId equals l.Id
                           where r.Outcome == ReviewOutcome.SentBack && r.At >= start && r.At < end
                           group r by r.Mark into g
                           select new { Mark = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);

        var units = (await structure.GetUnitsAsync(byUnit.Select(x => x.UnitId).Distinct().ToList(), null, cancellationToken)).ToDictionary(x => x.Id);
        int State(LedgerState s) => states.Where(x => x.State == s).Sum(x => x.Count);
        return new SupervisionStatisticsDto(from, to,
            byMonth.Select(m => m with { UnitPoints = Math.Round(m.UnitPoints, 2) })
                .OrderBy(m => m.Year).ThenBy(m => m.Month).ThenBy(m => m.Category).ToList(),
            byUnit.GroupBy(x => (x.UnitId, x.HallId)).Select(g =>
                {
                    var info = units.GetValueOrDefault(g.Key.UnitId);
                    var categories = g.OrderBy(x => x.Category).Select(x => new CategoryCountDto(x.Category, x.Count, Math.Round(x.Points, 2))).ToList();
                    return new UnitFindingsDto(g.Key.UnitId, g.Key.HallId, info?.Code ?? "", info?.Name ?? "",
                        categories.Where(c => CatalogueItem.KindOf(c.Category) == CatalogueKind.Violation).Sum(c => c.Count),
                        categories.Where(c => CatalogueItem.KindOf(c.Category) == CatalogueKind.Commendation).Sum(c => c.Count), categories);
                })
                .OrderByDescending(x => x.Violations).ThenBy(x => x.UnitCode, StringComparer.Ordinal).ToList(),
            new DisputeCountsDto(disputes.GetValueOrDefault(FindingState.Disputed), disputes.GetValueOrDefault(FindingState.Upheld),
                disputes.GetValueOrDefault(FindingState.Withdrawn)),
            new LedgerStatisticsDto(State(LedgerState.Open), State(LedgerState.InProgress), State(LedgerState.Rectified), State(LedgerState.Accepted),
                State(LedgerState.SentBack), states.Where(x => x.Overdue).Sum(x => x.Count),
                marks.Where(m => m.Mark == SendBackMark.False).Sum(m => m.Count), marks.Where(m => m.Mark == SendBackMark.Perfunctory).Sum(m => m.Count)));
    }

    /// <summary>The first day of the first month and the last of the last; at most <see cref="SupervisionStatisticsInput.MaxMonths"/> months.</summary>
    internal static (DateOnly From, DateOnly To) Span(DateOnly first, DateOnly last)
    {
        var from = new DateOnly(first.Year, first.Month, 1);
        var to = new DateOnly(last.Year, last.Month, 1).AddMonths(1).AddDays(-1);
        var months = (to.Year - from.Year) * 12 + to.Month - from.Month + 1;
        if (to < from) throw new BusinessException(SupervisionErrorCodes.PeriodReversed);
        if (months > SupervisionStatisticsInput.MaxMonths) throw new BusinessException(SupervisionErrorCodes.PeriodTooLong, SupervisionStatisticsInput.MaxMonths);
        return (from, to);
    }

    /// <summary>A hall or unit filter outside the caller's scope answers 404 (as a record outside it would).</summary>
    private async Task CheckPlaceAsync(SupervisionStatisticsInput input, DataScope scope, CancellationToken cancellationToken)
    {
        if (input.UnitId is { } unitId)
        {
            var unit = (await structure.GetUnitsAsync([unitId], null, cancellationToken)).FirstOrDefault();
            if (unit is null || !scope.CoversUnit(unit.Id, unit.HallId) || (input.HallId is { } hall && hall != unit.HallId))
                throw new EntityNotFoundException("Unit", unitId);
        }
        else if (input.HallId is { } hallId && !scope.CoversHall(hallId) && scope.Kind != ScopeKind.Units)
            throw new EntityNotFoundException("Hall", hallId);
    }
}
