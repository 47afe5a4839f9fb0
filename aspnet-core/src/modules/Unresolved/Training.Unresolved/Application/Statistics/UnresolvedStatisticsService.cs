using Microsoft.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Scoping;
using Training.SharedKernel.Time;
using Training.Unresolved.Domain;
using Training.Unresolved.EntityFrameworkCore;

namespace Training.Unresolved.Application.Statistics;

/// <summary>
/// The statistics page of the caller's scope: four GROUP BY queries over the cases received in the period (by unit ×
/// category, by state, not accepted by reason), their deadlines by kind and status, and their follow-up steps by
/// satisfaction — then one call for the units' names, whatever the number of cases. Counts only, never a complainant.
/// </summary>
internal sealed class UnresolvedStatisticsService(UnresolvedDbContext db, IDataScopeProvider scopes, IStructureIntegrationService structure,
    TimeProvider clock)
{
    public async Task<UnresolvedStatisticsDto> GetAsync(UnresolvedStatisticsInput input, CancellationToken cancellationToken)
    {
        var (from, to) = Period(input.From, input.To);
        var scope = await scopes.GetAsync(cancellationToken);
        if (input.HallId is { } asked && scope.Kind is not (ScopeKind.Units or ScopeKind.All) && !scope.CoversHall(asked))
            throw new EntityNotFoundException("Hall", asked);

        var cases = db.Set<UnresolvedCase>().AsNoTracking().WhereInScope(scope, c => c.HallId, c => c.UnitId, null)
            .Where(c => c.ReceivedOn >= from && c.ReceivedOn <= to);
        if (input.HallId is { } hallId) cases = cases.Where(c => c.HallId == hallId);

        var byUnit = await cases.GroupBy(c => new { c.UnitId, c.Category })
            .Select(g => new { g.Key.UnitId, g.Key.Category, Count = g.Count() }).ToListAsync(cancellationToken);
        var byState = await cases.GroupBy(c => c.State).Select(g => new { State = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.State, x => x.Count, cancellationToken);
        var notAccepted = await cases.Where(c => c.NotAcceptedReason != null).GroupBy(c => c.NotAcceptedReason!.Value)
            .Select(g => new NotAcceptedCountDto(g.Key, g.Count())).ToListAsync(cancellationToken);

        var today = clock.Today();
        var deadlines = await (from d in db.Set<CaseDeadline>()
                               join c in cases on d.CaseId equals c.Id
                               group d by d.Kind into g
                               select new
                               {
                                   Kind = g.Key,
                                   OnTime = g.Sum(d => d.MetOn != null && d.MetOn <= d.DueOn ? 1 : 0),
                                   Open = g.Sum(d => d.MetAt == null && d.LapsedAt == null && d.DueOn >= today ? 1 : 0),
                                   All = g.Count(),
                               }).ToListAsync(cancellationToken);
        var followUps = await (from s in db.Set<CaseStep>()
                               join c in cases on s.CaseId equals c.Id
                               where s.Kind == CaseStepKind.FollowUp
                               group s by s.Satisfied into g
                               select new { Satisfied = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);

        var unitIds = byUnit.Where(x => x.UnitId != null).Select(x => x.UnitId!.Value).Distinct().ToList();
        var units = unitIds.Count == 0 ? new Dictionary<Guid, string>() : (await structure.GetUnitsAsync(unitIds, null, cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        var total = byState.Values.Sum();
        var closed = byState.GetValueOrDefault(UnresolvedCaseState.Closed) + byState.GetValueOrDefault(UnresolvedCaseState.NotAccepted);
        return new UnresolvedStatisticsDto(from, to, total, closed, total - closed,
            byUnit.GroupBy(x => x.UnitId).Select(g => new UnitCategoryCountsDto(g.Key, g.Key is { } u ? units.GetValueOrDefault(u) : null,
                    g.Sum(x => x.Count), g.OrderBy(x => x.Category ?? (CaseCategory)(-1)).Select(x => new CategoryCaseCountDto(x.Category, x.Count)).ToList()))
                .OrderByDescending(u => u.Total).ThenBy(u => u.UnitName ?? "\uffff", StringComparer.Ordinal).ToList(),
            Enum.GetValues<DeadlineKind>().Select(kind =>
            {
                var row = deadlines.FirstOrDefault(d => d.Kind == kind);
                var (all, onTime, open) = row is null ? (0, 0, 0) : (row.All, row.OnTime, row.Open);
                var due = all - open;
                return new DeadlineRateDto(kind, due, onTime, due - onTime, open, due == 0 ? null : Math.Round((double)onTime / due, 4));
            }).ToList(),
            new FollowUpCountsDto(followUps.Sum(f => f.Count), followUps.Where(f => f.Satisfied == false).Sum(f => f.Count)),
            notAccepted.OrderBy(n => n.Reason).ToList());
    }

    /// <summary>Both days included; the end not before the start and less than <see cref="UnresolvedStatisticsInput.MaxMonths"/> months.</summary>
    internal static (DateOnly From, DateOnly To) Period(DateOnly from, DateOnly to)
    {
        if (to < from) throw new BusinessException(UnresolvedErrorCodes.PeriodReversed);
        if (to >= from.AddMonths(UnresolvedStatisticsInput.MaxMonths))
            throw new BusinessException(UnresolvedErrorCodes.PeriodTooLong, UnresolvedStatisticsInput.MaxMonths);
        return (from, to);
    }
}
