using Microsoft.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Time;
using Training.Supervision.Application.Common;
using Training.Supervision.Application.Inspections;
using Training.Supervision.Domain;
using Training.Supervision.EntityFrameworkCore;

namespace Training.Supervision.Application.Findings;

/// <summary>
/// Records a finding in an inspection of a hall the caller inspects: about a person (their unit and window now) or a
/// window, against a current catalogue item, disputable until the hall's deadline. A violation opens the unit's ledger
/// item through <see cref="LedgerOpener"/> in the same transaction. A phone's retried record (same client key) returns
/// the finding recorded the first time; its quick path reuses the caller's inspection of that kind, day and hall.
/// </summary>
internal sealed class FindingRecorder(
    SupervisionDbContext db, InspectionCaller callers, IStructureIntegrationService structure, IStaffIntegrationService staff,
    SupervisionDeadlines deadlines, LedgerOpener ledger, FindingNotifier notifier, FindingQueryService queries, UnitOfWork unitOfWork,
    TimeProvider clock)
{
    private sealed record Target(Guid HallId, Guid UnitId, Guid? WindowId, Guid? StaffId, string? PersonName);

    public async Task<FindingDto> RecordAsync(RecordFindingInput input, CancellationToken cancellationToken)
    {
        if (input.ClientKey is { } key && await db.Findings.AsNoTracking().AnyAsync(f => f.ClientKey == key, cancellationToken))
            return await queries.GetAsync(await db.Findings.Where(f => f.ClientKey == key).Select(f => f.Id).SingleAsync(cancellationToken), cancellationToken);
        var caller = await callers.GetAsync(cancellationToken);
        var item = await db.CatalogueItems.AsNoTracking().FirstOrDefaultAsync(c => c.Id == input.CatalogueItemId, cancellationToken)
                   ?? throw new BusinessException(SupervisionErrorCodes.UnknownCatalogueItem);
        var target = await TargetAsync(input, caller, cancellationToken);

        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var inspection = await InspectionAsync(input, caller, cancellationToken);
        var hall = (await structure.GetHallsAsync([target.HallId], cancellationToken)).Single();
        var today = clock.Today(hall.TimeZone);
        var finding = new Finding(Guid.NewGuid(), inspection.Id, item, input.Target, target.HallId, target.UnitId, target.WindowId, target.StaffId,
            input.Date ?? inspection.Date, input.Note?.Trim() is { Length: > 0 } note ? note : null, caller.Account.UserId, caller.Name,
            clock.GetUtcNow().UtcDateTime, await deadlines.DisputeUntilAsync(target.HallId, today, cancellationToken), input.ClientKey);
        db.Findings.Add(finding);
        if (item.Kind == CatalogueKind.Violation && input.OpenLedger != false)
            await ledger.OpenAsync(new LedgerOpener.Opening(LedgerSource.Finding, target.HallId, target.UnitId, item.NameZh, finding.Note,
                target.PersonName, today, InspectionId: inspection.Id, FindingId: finding.Id), cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (input.ClientKey is not null)
        {
            // The same draft sent twice at once: the unique client key kept the other request's finding (this one rolls back).
            await transaction.DisposeAsync();
            db.ChangeTracker.Clear();
            var first = await db.Findings.Where(f => f.ClientKey == input.ClientKey).Select(f => (Guid?)f.Id).FirstOrDefaultAsync(cancellationToken);
            return first is { } raced ? await queries.GetAsync(raced, cancellationToken) : throw new BusinessException(CommonErrorCodes.Conflict) { Kind = ErrorKind.Conflict };
        }
        await transaction.CommitAsync();

        await notifier.RecordedAsync(finding, item.NameZh, caller.Account.UserId, cancellationToken);
        return await queries.GetAsync(finding.Id, cancellationToken);
    }

    /// <summary>Whom it is about, in a hall the caller inspects (anything else is answered as if it did not exist).</summary>
    private async Task<Target> TargetAsync(RecordFindingInput input, InspectionCaller.Caller caller, CancellationToken cancellationToken)
    {
        var scope = caller.ActingScope;
        if (input.Target == FindingTarget.Person)
        {
            var person = input.StaffId is { } staffId ? (await staff.GetByIdsAsync([staffId], cancellationToken)).SingleOrDefault() : null;
            if (person is not { Status: StaffStatus.Active, UnitId: { } unitId } || !scope.CoversHall(person.HallId))
                throw new BusinessException(SupervisionErrorCodes.UnknownStaff) { Kind = ErrorKind.NotFound };
            var windowId = input.WindowId ?? person.WindowId;
            if (input.WindowId is { } given && (await structure.GetWindowsAsync([given], null, cancellationToken)).SingleOrDefault()?.UnitId != unitId)
                throw new BusinessException(SupervisionErrorCodes.UnknownWindow) { Kind = ErrorKind.NotFound };
            return new Target(person.HallId, unitId, windowId, person.Id, person.Name);
        }
        var window = input.WindowId is { } id ? (await structure.GetWindowsAsync([id], null, cancellationToken)).SingleOrDefault() : null;
        if (window is not { IsActive: true } || !scope.CoversHall(window.HallId))
            throw new BusinessException(SupervisionErrorCodes.UnknownWindow) { Kind = ErrorKind.NotFound };
        return new Target(window.HallId, window.UnitId, window.Id, null, null);
    }

    /// <summary>The inspection named, or the caller's of that kind, day and hall (made now when there is none).</summary>
    private async Task<Inspection> InspectionAsync(RecordFindingInput input, InspectionCaller.Caller caller, CancellationToken cancellationToken)
    {
        var scope = caller.ActingScope;
        if (input.InspectionId is { } inspectionId)
        {
            var named = await db.Inspections.AsNoTracking().FirstOrDefaultAsync(i => i.Id == inspectionId, cancellationToken);
            return named is not null && scope.CoversHall(named.HallId) ? named : throw new EntityNotFoundException("Inspection", inspectionId);
        }
        var quick = input.Inspection ?? throw new BusinessException(CommonErrorCodes.Required, "inspectionId");
        if (!scope.CoversHall(quick.HallId)) throw new EntityNotFoundException("Hall", quick.HallId);
        var me = caller.Account.UserId;
        var mine = await db.Inspections.AsNoTracking()
            .Where(i => i.HallId == quick.HallId && i.Kind == quick.Kind && i.Date == quick.Date && i.Inspectors.Any(x => x.UserId == me))
            .OrderBy(i => i.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (mine is not null) return mine;
        var inspection = new Inspection(Guid.NewGuid(), quick.Kind, null, quick.Date, quick.HallId,
            $"{quick.Date:yyyy-MM-dd} {InspectionTitles.KindZh(quick.Kind)}", null, null);
        inspection.SetInspectors([(me, caller.Account.StaffId, caller.Name)]);
        db.Inspections.Add(inspection);
        return inspection;
    }
}
