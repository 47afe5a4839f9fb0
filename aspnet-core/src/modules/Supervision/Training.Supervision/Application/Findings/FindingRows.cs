using Microsoft.EntityFrameworkCore;
using Training.Supervision.Application.Inspections;
using Training.Supervision.Domain;
using Training.Supervision.EntityFrameworkCore;

namespace Training.Supervision.Application.Findings;

/// <summary>
/// Turns a page of findings into rows: their catalogue versions, inspections, photos and ledger items read once per
/// page (one query each), the names through <see cref="SupervisionNames"/>.
/// </summary>
internal sealed class FindingRows(SupervisionDbContext db, SupervisionNames names)
{
    public async Task<IReadOnlyList<FindingDto>> BuildAsync(IReadOnlyList<Finding> findings, CancellationToken cancellationToken)
    {
        if (findings.Count == 0) return [];
        var ids = findings.Select(f => f.Id).ToList();
        var itemIds = findings.Select(f => f.CatalogueItemId).Distinct().ToList();
        var inspectionIds = findings.Select(f => f.InspectionId).Distinct().ToList();
        var items = await db.CatalogueItems.AsNoTracking().Where(c => itemIds.Contains(c.Id))
            .Select(c => new { c.Id, c.NameZh, c.NameEn }).ToDictionaryAsync(c => c.Id, cancellationToken);
        var inspections = await db.Inspections.AsNoTracking().Where(i => inspectionIds.Contains(i.Id))
            .Select(i => new { i.Id, i.Kind, i.Title }).ToDictionaryAsync(i => i.Id, cancellationToken);
        var photos = (await db.FindingPhotos.AsNoTracking().Where(p => ids.Contains(p.FindingId)).ToListAsync(cancellationToken))
            .ToLookup(p => p.FindingId);
        var ledger = (await db.LedgerItems.AsNoTracking().Where(l => l.FindingId != null && ids.Contains(l.FindingId.Value))
            .Select(l => new { l.Id, l.FindingId }).ToListAsync(cancellationToken)).ToLookup(l => l.FindingId!.Value, l => l.Id);
        var lookup = await names.LoadAsync(findings.Select(f => f.HallId), findings.Select(f => (Guid?)f.UnitId),
            findings.Select(f => f.WindowId), findings.Select(f => f.StaffId), cancellationToken);
        return findings.Select(f =>
        {
            var item = items[f.CatalogueItemId];
            var inspection = inspections[f.InspectionId];
            var window = lookup.Window(f.WindowId);
            var person = lookup.Person(f.StaffId);
            return new FindingDto(f.Id, f.InspectionId, inspection.Kind, inspection.Title,
                f.CatalogueItemId, f.ItemCode, f.ItemVersion, item.NameZh, item.NameEn, f.Kind, f.Category,
                f.PersonPoints, f.UnitPoints, f.Target,
                f.HallId, lookup.HallName(f.HallId), f.UnitId, lookup.UnitName(f.UnitId), f.WindowId, window?.Code, window?.Name,
                f.StaffId, person?.StaffNumber, person?.Name,
                f.Date, f.Note, f.RecordedByName, f.RecordedAt, f.DisputeUntil, f.State,
                f.DisputeReason, f.DisputedByName, f.DisputedAt, f.DecisionReason, f.DecidedByName, f.DecidedAt,
                photos[f.Id].OrderBy(p => p.FileName, StringComparer.Ordinal).Select(p => new FindingPhotoDto(p.FileId, p.FileName, p.Size, p.Width, p.Height)).ToList(),
                ledger[f.Id].Cast<Guid?>().FirstOrDefault(), f.Version);
        }).ToList();
    }
}
