using Microsoft.EntityFrameworkCore;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Scoping;
using Training.Supervision.Application.Findings;
using Training.Supervision.Domain;
using Training.Supervision.EntityFrameworkCore;

namespace Training.Supervision.Application.Inspections;

/// <summary>
/// Inspections the caller may read: those of the halls in scope; for a window lead those that visited or found
/// something in their units. The detail shows only the findings and ledger items the caller may read.
/// </summary>
internal sealed class InspectionQueryService(SupervisionDbContext db, InspectionCaller callers, SupervisionNames names,
    FindingQueryService findings, FindingRows findingRows)
{
    private static readonly SortMap<Inspection> Sort = new SortMap<Inspection>("date desc, title")
        .Add("date", i => i.Date)
        .Add("kind", i => i.Kind)
        .Add("title", i => i.Title);

    public async Task<PagedResult<InspectionSummaryDto>> ListAsync(InspectionListInput input, CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        var query = Visible(caller.Scope);
        if (input.HallId is { } hall) query = query.Where(i => i.HallId == hall);
        if (input.Kind is { } kind) query = query.Where(i => i.Kind == kind);
        if (input.From is { } from) query = query.Where(i => i.Date >= from);
        if (input.To is { } to) query = query.Where(i => i.Date <= to);
        if (input.Mine == true)
        {
            var me = caller.Account.UserId;
            query = query.Where(i => i.Inspectors.Any(x => x.UserId == me));
        }
        var page = await query.ToPagedResultAsync(input, Sort, i => i, cancellationToken);
        if (page.Items.Count == 0) return new PagedResult<InspectionSummaryDto>(page.TotalCount, []);
        var ids = page.Items.Select(i => i.Id).ToList();
        var inspectors = (await db.InspectionInspectors.AsNoTracking().Where(x => ids.Contains(x.InspectionId)).ToListAsync(cancellationToken))
            .ToLookup(x => x.InspectionId, x => x.Name);
        var counts = await (await findings.VisibleAsync(cancellationToken)).Where(f => ids.Contains(f.InspectionId))
            .GroupBy(f => f.InspectionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var lookup = await names.LoadAsync(page.Items.Select(i => i.HallId), [], [], [], cancellationToken);
        return new PagedResult<InspectionSummaryDto>(page.TotalCount, page.Items.Select(i => new InspectionSummaryDto(i.Id, i.Kind, i.WalkMode, i.Date,
            i.HallId, lookup.HallName(i.HallId), i.Title, inspectors[i.Id].Order(StringComparer.Ordinal).ToList(), counts.GetValueOrDefault(i.Id),
            i.Version)).ToList());
    }

    public async Task<InspectionDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        var inspection = await Visible(caller.Scope).Include(i => i.Inspectors).Include(i => i.Places).Include(i => i.Steps)
                             .AsSplitQuery().FirstOrDefaultAsync(i => i.Id == id, cancellationToken)
                         ?? throw new EntityNotFoundException("Inspection", id);
        var found = await (await findings.VisibleAsync(cancellationToken)).Where(f => f.InspectionId == id)
            .OrderBy(f => f.Date).ThenBy(f => f.RecordedAt).ToListAsync(cancellationToken);
        var ledger = await db.LedgerItems.AsNoTracking().WhereInScope(caller.Scope, l => l.HallId, l => l.UnitId, null)
            .Where(l => l.InspectionId == id).OrderBy(l => l.OpenedOn).ThenBy(l => l.Title).ToListAsync(cancellationToken);
        var lookup = await names.LoadAsync(inspection.Places.Select(p => p.HallId).Append(inspection.HallId),
            inspection.Places.Select(p => p.UnitId).Concat(inspection.Steps.Select(s => s.UnitId)).Concat(ledger.Select(l => (Guid?)l.UnitId)),
            inspection.Places.Select(p => p.WindowId).Concat(inspection.Steps.Select(s => s.WindowId)), [], cancellationToken);
        return new InspectionDto(inspection.Id, inspection.Kind, inspection.WalkMode, inspection.BackwardSource, inspection.SourceReference,
            inspection.Date, inspection.HallId, lookup.HallName(inspection.HallId), inspection.Title, inspection.Summary,
            inspection.Inspectors.OrderBy(x => x.Name, StringComparer.Ordinal).Select(x => new InspectorDto(x.UserId, x.StaffId, x.Name)).ToList(),
            inspection.Places.Select(p => new InspectionPlaceDto(p.HallId, lookup.HallName(p.HallId), p.UnitId,
                p.UnitId is { } u ? lookup.UnitName(u) : null, p.WindowId, lookup.Window(p.WindowId)?.Code, lookup.Window(p.WindowId)?.Name)).ToList(),
            inspection.Steps.OrderBy(s => s.Order).Select(s => new WalkStepDto(s.Id, s.Order, s.Description, s.Channel, s.Minutes, s.Stalled,
                s.StallNote, s.UnitId, s.UnitId is { } u ? lookup.UnitName(u) : null, s.WindowId, lookup.Window(s.WindowId)?.Name)).ToList(),
            await findingRows.BuildAsync(found, cancellationToken),
            ledger.Select(l => new InspectionLedgerItemDto(l.Id, l.Source, l.UnitId, lookup.UnitName(l.UnitId), l.Title, l.State, l.DueOn,
                l.FindingId, l.WalkStepId)).ToList(),
            inspection.Version);
    }

    /// <summary>The halls in scope; a lead's units by the places visited or the findings recorded there; nothing for the own scope.</summary>
    public IQueryable<Inspection> Visible(DataScope scope)
    {
        var inspections = db.Inspections.AsNoTracking();
        switch (scope.Kind)
        {
            case ScopeKind.All:
                return inspections;
            case ScopeKind.Halls:
                var halls = scope.HallIds.ToList();
                return inspections.Where(i => halls.Contains(i.HallId));
            case ScopeKind.Units:
                var units = scope.UnitIds.ToList();
                return inspections.Where(i => i.Places.Any(p => p.UnitId != null && units.Contains(p.UnitId.Value))
                                              || db.Findings.Any(f => f.InspectionId == i.Id && units.Contains(f.UnitId)));
            default:
                return inspections.Where(i => false);
        }
    }
}
