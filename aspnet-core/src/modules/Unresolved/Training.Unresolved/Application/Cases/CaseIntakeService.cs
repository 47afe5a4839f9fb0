using Microsoft.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Time;
using Training.Unresolved.Application.Common;
using Training.Unresolved.Domain;
using Training.Unresolved.EntityFrameworkCore;

namespace Training.Unresolved.Application.Cases;

/// <summary>
/// Intake at the window, by the hotline or online: the unit and window concerned must be of the hall; the case gets the
/// next number of the hall's yearly series, the guide on duty (roster) as first responsible person — notified at once,
/// or the hall's managers when nobody is on duty. Out-of-scope cases are recorded with their reason and closed at once.
/// The case, its number and the messages commit together.
/// </summary>
internal sealed class CaseIntakeService(
    UnresolvedDbContext db, CaseCaller callers, IStructureIntegrationService structure, IStaffIntegrationService staff, CaseNotifier notifier, CaseQueryService queries,
    UnitOfWork unitOfWork, TimeProvider clock)
{
    private const int MaxAttempts = 5;

    public async Task<UnresolvedCaseDetailDto> CreateAsync(CreateCaseInput input, CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        var hall = (await structure.GetHallsAsync([input.HallId], cancellationToken)).FirstOrDefault(h => h.IsActive)
                   ?? throw new EntityNotFoundException("Hall", input.HallId);
        if (!await RecordsInAsync(caller, hall.Id, cancellationToken)) throw new EntityNotFoundException("Hall", input.HallId);
        var unitId = await EnsurePlaceAsync(input, cancellationToken);
        if (input.NotAcceptedReason is not null && string.IsNullOrWhiteSpace(input.NotAcceptedExplanation))
            throw new BusinessException(UnresolvedErrorCodes.ExplanationRequired);

        var now = clock.GetUtcNow().UtcDateTime;
        var actor = caller.At(now, clock.Today(hall.TimeZone));
        var duty = await db.GuideDuties.AsNoTracking().FirstOrDefaultAsync(d => d.HallId == hall.Id && d.Date == actor.On, cancellationToken);
        var complainant = new CaseComplainant(input.ComplainantKind, input.ComplainantName, input.ComplainantContact, input.EnterpriseName);

        // The serial is the hall's year's highest plus one, taken inside the transaction; the unique index (hall, year,
        // serial) refuses a concurrent intake that took the same one, and that intake tries again with the next (a busy
        // hotline morning may bring a few at once).
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
            var serial = 1 + (await db.Cases.Where(c => c.HallId == hall.Id && c.Year == actor.On.Year).MaxAsync(c => (int?)c.Serial, cancellationToken) ?? 0);
            var @case = new UnresolvedCase(Guid.NewGuid(), hall.Id, hall.Code, serial, complainant, input.Channel, input.Matter,
                unitId, input.WindowId, input.Description, actor, duty?.StaffId, duty?.StaffName);
            if (input.NotAcceptedReason is { } reason) @case.NotAccept(reason, input.NotAcceptedExplanation!, actor, Guid.NewGuid());
            db.Cases.Add(@case);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                db.Entry(@case).State = EntityState.Detached;
                db.ChangeTracker.Clear();
                continue;
            }
            if (@case.Accepted) await notifier.RecordedAsync(@case, cancellationToken);
            await transaction.CommitAsync();
            return await queries.GetAsync(@case.Id, cancellationToken);
        }
    }

    /// <summary>Whoever holds the hall (guides, managers, administrators), or a staff member or lead working in it.</summary>
    private async Task<bool> RecordsInAsync(CaseCaller.Caller caller, Guid hallId, CancellationToken cancellationToken)
    {
        if (caller.ActsIn(hallId)) return true;
        return caller.Account.StaffId is { } me && (await staff.GetByIdsAsync([me], cancellationToken)).Any(s => s.HallId == hallId);
    }

    /// <summary>The unit and window concerned, both of the hall (the window's unit when only the window is given).</summary>
    private async Task<Guid?> EnsurePlaceAsync(CreateCaseInput input, CancellationToken cancellationToken)
    {
        var unitId = input.UnitId;
        if (input.UnitId is { } asked)
        {
            var unit = (await structure.GetUnitsAsync([asked], null, cancellationToken)).FirstOrDefault();
            if (unit is null || unit.HallId != input.HallId) throw new BusinessException(UnresolvedErrorCodes.UnknownUnit);
        }
        if (input.WindowId is { } windowId)
        {
            var window = (await structure.GetWindowsAsync([windowId], null, cancellationToken)).FirstOrDefault();
            if (window is null || window.HallId != input.HallId || (input.UnitId is { } u && window.UnitId != u))
                throw new BusinessException(UnresolvedErrorCodes.UnknownWindow);
            unitId = window.UnitId;
        }
        return unitId;
    }
}
