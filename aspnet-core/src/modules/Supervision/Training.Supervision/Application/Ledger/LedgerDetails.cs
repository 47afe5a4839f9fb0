using Microsoft.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Time;
using Training.Supervision.Domain;
using Training.Supervision.EntityFrameworkCore;

namespace Training.Supervision.Application.Ledger;

/// <summary>
/// An item in full: its row, its origin (the finding with its catalogue item, window and person; the walk-through step;
/// nothing for a self-check), progress with evidence, reviews, and the actions open to the caller.
/// </summary>
internal sealed class LedgerDetails(
    SupervisionDbContext db, LedgerBoard board, IStructureIntegrationService structure, IStaffIntegrationService staff, TimeProvider clock)
{
    public async Task<LedgerDetailDto> BuildAsync(LedgerItem item, LedgerCaller.Caller caller, CancellationToken cancellationToken)
    {
        var row = await board.RowAsync(item, cancellationToken);
        var progress = item.Progress.OrderBy(p => p.At)
            .Select(p => new LedgerProgressDto(p.Id, p.Note, p.Final, p.ByName, p.At,
                p.Evidence.Select(e => new LedgerEvidenceDto(e.FileId, e.FileName, e.Size, e.ContentType)).ToList()))
            .ToList();
        var reviews = item.Reviews.OrderBy(r => r.At)
            .Select(r => new LedgerReviewDto(r.Id, r.Outcome, r.Mark, r.Reason, r.ByName, r.At, r.NewDueOn)).ToList();
        return new LedgerDetailDto(row, item.Requirement, item.OpenedByName, item.RectifiedAt, item.AcceptedOn, item.WentOverdueOn,
            await OriginAsync(item, cancellationToken), progress, reviews, Actions(item, caller));
    }

    private LedgerActionsDto Actions(LedgerItem item, LedgerCaller.Caller caller)
    {
        var account = caller.Account;
        var report = account.IsGranted(SupervisionPermissions.Ledger.Report) && caller.IsResponsibleFor(item.UnitId)
            && LedgerItem.IsOpenState(item.State);
        var reviewer = account.IsGranted(SupervisionPermissions.Ledger.Review) && caller.ReviewsIn(item.HallId);
        var rectified = reviewer && item.State == LedgerState.Rectified;
        var recheck = reviewer && item.State == LedgerState.Accepted && item.RecheckDueOn is { } due && clock.Today() >= due;
        return new LedgerActionsDto(report, rectified, rectified, recheck);
    }

    private async Task<LedgerOriginDto> OriginAsync(LedgerItem item, CancellationToken cancellationToken)
    {
        var inspection = item.InspectionId is { } inspectionId
            ? await db.Inspections.AsNoTracking().Where(i => i.Id == inspectionId)
                .Select(i => new { i.Kind, i.Title, i.Date, i.WalkMode }).FirstOrDefaultAsync(cancellationToken)
            : null;
        var finding = item.FindingId is { } findingId
            ? await db.Findings.AsNoTracking().Where(f => f.Id == findingId)
                .Select(f => new { f.ItemCode, f.CatalogueItemId, f.Category, f.Target, f.WindowId, f.StaffId, f.Date, f.Note })
                .FirstOrDefaultAsync(cancellationToken)
            : null;
        var catalogue = finding is null ? null
            : await db.CatalogueItems.AsNoTracking().Where(c => c.Id == finding.CatalogueItemId)
                .Select(c => new { c.NameZh, c.NameEn }).FirstOrDefaultAsync(cancellationToken);
        var window = finding?.WindowId is { } windowId
            ? (await structure.GetWindowsAsync([windowId], null, cancellationToken)).FirstOrDefault()
            : null;
        var person = finding?.StaffId is { } staffId ? (await staff.GetByIdsAsync([staffId], cancellationToken)).FirstOrDefault() : null;
        var step = item.WalkStepId is { } stepId
            ? await db.WalkSteps.AsNoTracking().Where(s => s.Id == stepId).Select(s => new { s.Order, s.Description }).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new LedgerOriginDto(item.InspectionId, inspection?.Kind, inspection?.Title, inspection?.Date, inspection?.WalkMode,
            item.FindingId, finding?.ItemCode, catalogue?.NameZh, catalogue?.NameEn, finding?.Category, finding?.Target,
            window?.Name, person?.Name, finding?.Date, finding?.Note, item.WalkStepId, step?.Order, step?.Description);
    }
}
