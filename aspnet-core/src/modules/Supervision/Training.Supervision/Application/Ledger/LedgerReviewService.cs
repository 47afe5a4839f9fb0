using Microsoft.EntityFrameworkCore;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Scoping;
using Training.SharedKernel.Time;
using Training.Supervision.Application.Common;
using Training.Supervision.Domain;
using Training.Supervision.EntityFrameworkCore;

namespace Training.Supervision.Application.Ledger;

/// <summary>
/// The reviewers' side (managers, inspectors, in their halls): accept a rectified item (its 回头看 falls due after the
/// hall's re-check days), send it back marked 虚假整改 / 敷衍整改, or — once due — re-check it and reopen it. A stale
/// version is 409; the unit's lead is told of a send-back or a reopening in the same transaction.
/// </summary>
internal sealed class LedgerReviewService(
    SupervisionDbContext db, LedgerCaller callers, LedgerRules rules, SupervisionDeadlines deadlines, LedgerQueryService queries,
    LedgerNotifier notifier, UnitOfWork unitOfWork, TimeProvider clock)
{
    public async Task<LedgerDetailDto> AcceptAsync(Guid id, AcceptLedgerInput input, CancellationToken cancellationToken)
    {
        var (item, caller) = await LoadAsync(id, input.Version, cancellationToken);
        var today = clock.Today();
        var recheck = await deadlines.RecheckDueAsync(item.HallId, today, cancellationToken);
        item.Accept(string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(), caller.Account.UserId, caller.Name,
            clock.GetUtcNow().UtcDateTime, today, recheck);
        await db.SaveChangesAsync(cancellationToken);
        return await queries.GetAsync(id, cancellationToken);
    }

    public async Task<LedgerDetailDto> SendBackAsync(Guid id, SendBackLedgerInput input, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(input.Mark)) throw new BusinessException(CommonErrorCodes.Required, "mark");
        await rules.EnsureReasonAsync(input.Reason, "退回理由", "send-back reason", cancellationToken);
        var today = clock.Today();
        LedgerRules.EnsureDue(input.DueOn, today);
        var (item, caller) = await LoadAsync(id, input.Version, cancellationToken);
        var due = input.DueOn ?? await deadlines.RectifyDueAsync(item.HallId, today, cancellationToken);
        var reason = input.Reason.Trim();
        item.SendBack(input.Mark, reason, caller.Account.UserId, caller.Name, clock.GetUtcNow().UtcDateTime, due);
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await notifier.SentBackAsync(item.Id, item.UnitId, item.Title, input.Mark, reason, due, cancellationToken);
        await transaction.CommitAsync();
        return await queries.GetAsync(id, cancellationToken);
    }

    public async Task<LedgerDetailDto> RecheckAsync(Guid id, RecheckLedgerInput input, CancellationToken cancellationToken)
    {
        await rules.EnsureReasonAsync(input.Reason, "回头看意见", "re-check reason", cancellationToken);
        var today = clock.Today();
        LedgerRules.EnsureDue(input.DueOn, today);
        var (item, caller) = await LoadAsync(id, input.Version, cancellationToken);
        var due = input.DueOn ?? await deadlines.RectifyDueAsync(item.HallId, today, cancellationToken);
        var reason = input.Reason.Trim();
        item.Recheck(input.Reopen, reason, caller.Account.UserId, caller.Name, clock.GetUtcNow().UtcDateTime, today, due);
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (input.Reopen) await notifier.ReopenedAsync(item.Id, item.UnitId, item.Title, reason, due, cancellationToken);
        await transaction.CommitAsync();
        return await queries.GetAsync(id, cancellationToken);
    }

    /// <summary>The item, tracked, in the halls the caller reviews; a stale version is a conflict.</summary>
    private async Task<(LedgerItem Item, LedgerCaller.Caller Caller)> LoadAsync(Guid id, int version, CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        var item = await db.LedgerItems.WhereInScope(caller.Scope.ForWriting(), i => i.HallId, null, null)
                       .FirstOrDefaultAsync(i => i.Id == id, cancellationToken)
                   ?? throw new EntityNotFoundException("LedgerItem", id);
        if (item.Version != version) throw new BusinessException(CommonErrorCodes.Conflict) { Kind = ErrorKind.Conflict };
        return (item, caller);
    }
}
