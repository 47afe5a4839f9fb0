using Microsoft.EntityFrameworkCore;
using Training.SharedKernel.Time;
using Training.Unresolved.Domain;
using Training.Unresolved.EntityFrameworkCore;

namespace Training.Unresolved.Application.Integration;

/// <summary>
/// <see cref="IUnresolvedIntegrationService"/>: three GROUP BY queries for the facts (cases per unit; deadlines per unit,
/// kind and outcome; unsatisfied follow-ups per unit) and two for the sources, whatever the number of units; no data
/// scope (the caller checks its own). A case counts for the unit complained about by its intake day. A deadline has
/// fallen due when it was met, lapsed at closing or is open past its day; it is on time when met on its day or before —
/// so a late or never-taken step counts against the unit, and one not due yet counts for neither. Never the complainant.
/// </summary>
internal sealed class UnresolvedIntegrationService(UnresolvedDbContext db, TimeProvider clock) : IUnresolvedIntegrationService
{
    public async Task<IReadOnlyList<UnitUnresolvedFacts>> GetByUnitsAsync(IReadOnlyCollection<Guid> unitIds, DateOnly from, DateOnly to,
        CancellationToken cancellationToken = default)
    {
        if (unitIds.Count == 0) return [];
        var ids = unitIds.Distinct().ToList();
        var cases = Cases(ids, from, to);
        var counts = await cases.GroupBy(c => c.UnitId!.Value).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var today = clock.Today();
        var deadlines = await (from d in db.Set<CaseDeadline>()
                               join c in cases on d.CaseId equals c.Id
                               where d.MetAt != null || d.LapsedAt != null || d.DueOn < today
                               group d by new { UnitId = c.UnitId!.Value, d.Kind } into g
                               select new
                               {
                                   g.Key.UnitId, g.Key.Kind, Due = g.Count(),
                                   OnTime = g.Sum(d => d.MetOn != null && d.MetOn <= d.DueOn ? 1 : 0),
                               }).ToListAsync(cancellationToken);
        var unsatisfied = await (from s in db.Set<CaseStep>()
                                 join c in cases on s.CaseId equals c.Id
                                 where s.Kind == CaseStepKind.FollowUp && s.Satisfied == false
                                 group s by c.UnitId!.Value into g
                                 select new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var byUnit = deadlines.ToLookup(d => d.UnitId);
        return ids.Select(id => new UnitUnresolvedFacts(id, counts.GetValueOrDefault(id),
                Enum.GetValues<DeadlineKind>().Select(kind =>
                {
                    var row = byUnit[id].FirstOrDefault(d => d.Kind == kind);
                    return new DeadlineFacts(kind, row?.Due ?? 0, row?.OnTime ?? 0);
                }).ToList(),
                unsatisfied.GetValueOrDefault(id)))
            .ToList();
    }

    public async Task<IReadOnlyList<UnresolvedSource>> GetSourcesAsync(IReadOnlyCollection<Guid> unitIds, DateOnly from, DateOnly to,
        CancellationToken cancellationToken = default)
    {
        if (unitIds.Count == 0) return [];
        var ids = unitIds.Distinct().ToList();
        var cases = Cases(ids, from, to);
        var today = clock.Today();
        var late = await (from d in db.Set<CaseDeadline>()
                          join c in cases on d.CaseId equals c.Id
                          where (d.MetOn != null && d.MetOn > d.DueOn) || d.LapsedAt != null || (d.MetAt == null && d.DueOn < today)
                          group d by d.CaseId into g
                          select new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var rows = await cases.Select(c => new { c.UnitId, c.Id, c.Number, c.ReceivedOn, c.Category, c.State }).ToListAsync(cancellationToken);
        return rows.Select(c => new UnresolvedSource(c.UnitId!.Value, c.Id, c.Number, c.ReceivedOn, c.Category, c.State, late.GetValueOrDefault(c.Id)))
            .OrderBy(s => s.UnitId).ThenBy(s => s.ReceivedOn).ThenBy(s => s.Number, StringComparer.Ordinal).ToList();
    }

    /// <summary>The cases about these units received in the period (both days included).</summary>
    private IQueryable<UnresolvedCase> Cases(List<Guid> unitIds, DateOnly from, DateOnly to) =>
        db.Set<UnresolvedCase>().AsNoTracking()
            .Where(c => c.UnitId != null && unitIds.Contains(c.UnitId.Value) && c.ReceivedOn >= from && c.ReceivedOn <= to);
}
