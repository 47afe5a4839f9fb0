using Microsoft.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Scoping;
using Training.SharedKernel.Time;
using Training.Supervision.Application.Inspections;
using Training.Supervision.Domain;
using Training.Supervision.EntityFrameworkCore;

namespace Training.Supervision.Application.Findings;

/// <summary>
/// Disputes: the person a finding is about, or the lead of its unit, disputes it once, until its last day (the hall's
/// working days, counted on the hall's calendar); the hall's manager upholds it (it counts from its date) or withdraws
/// it (it never counts), the event written in the same transaction.
/// </summary>
internal sealed class FindingDisputeService(
    SupervisionDbContext db, InspectionCaller callers, SupervisionReasonRule reasons, IStructureIntegrationService structure,
    FindingNotifier notifier, FindingQueryService queries, TimeProvider clock)
{
    public async Task<FindingDto> DisputeAsync(Guid id, DisputeFindingInput input, CancellationToken cancellationToken)
    {
        await reasons.EnsureAsync(input.Reason, "异议理由", "dispute reason", cancellationToken);
        var caller = await callers.GetAsync(cancellationToken);
        var finding = await db.Findings.WhereInScope(caller.Scope, f => f.HallId, f => f.UnitId, f => f.StaffId)
                          .FirstOrDefaultAsync(f => f.Id == id, cancellationToken)
                      ?? throw new EntityNotFoundException("Finding", id);
        var own = caller.Account.StaffId is { } me && finding.StaffId == me;
        var lead = caller.Scope.Kind == ScopeKind.Units && caller.Scope.UnitIds.Contains(finding.UnitId);
        if (!own && !lead) throw new BusinessException(SupervisionErrorCodes.FindingNotYours) { Kind = ErrorKind.Forbidden };
        if (finding.Version != input.Version) throw new BusinessException(CommonErrorCodes.Conflict) { Kind = ErrorKind.Conflict };
        var hall = (await structure.GetHallsAsync([finding.HallId], cancellationToken)).Single();
        finding.Dispute(input.Reason.Trim(), caller.Account.UserId, caller.Name, clock.GetUtcNow().UtcDateTime, clock.Today(hall.TimeZone));
        await SaveAsync(cancellationToken);
        await notifier.DisputedAsync(finding, await ItemNameAsync(finding, cancellationToken), cancellationToken);
        return await queries.GetAsync(id, cancellationToken);
    }

    public async Task<FindingDto> DecideAsync(Guid id, DecideFindingInput input, CancellationToken cancellationToken)
    {
        await reasons.EnsureAsync(input.Reason, "裁定理由", "decision reason", cancellationToken);
        var caller = await callers.GetAsync(cancellationToken);
        var finding = await db.Findings.WhereInScope(caller.ActingScope, f => f.HallId, null, null).FirstOrDefaultAsync(f => f.Id == id, cancellationToken)
                      ?? throw new EntityNotFoundException("Finding", id);
        if (finding.Version != input.Version) throw new BusinessException(CommonErrorCodes.Conflict) { Kind = ErrorKind.Conflict };
        if (finding.DisputedBy == caller.Account.UserId) throw new BusinessException(SupervisionErrorCodes.OwnDispute) { Kind = ErrorKind.Forbidden };
        var now = clock.GetUtcNow().UtcDateTime;
        if (input.Uphold) finding.Uphold(input.Reason.Trim(), caller.Account.UserId, caller.Name, now, Guid.NewGuid());
        else finding.Withdraw(input.Reason.Trim(), caller.Account.UserId, caller.Name, now, Guid.NewGuid());
        // One SaveChanges: the decision and its event in the outbox commit together.
        await SaveAsync(cancellationToken);
        await notifier.DecidedAsync(finding, await ItemNameAsync(finding, cancellationToken), cancellationToken);
        return await queries.GetAsync(id, cancellationToken);
    }

    /// <summary>The finding's version is a concurrency token: a change that raced this one answers 409.</summary>
    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessException(CommonErrorCodes.Conflict) { Kind = ErrorKind.Conflict };
        }
    }

    private Task<string> ItemNameAsync(Finding finding, CancellationToken cancellationToken) =>
        db.CatalogueItems.Where(c => c.Id == finding.CatalogueItemId).Select(c => c.NameZh).SingleAsync(cancellationToken);
}
