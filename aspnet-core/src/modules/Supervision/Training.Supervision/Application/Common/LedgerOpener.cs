using Training.SharedKernel.Authorization;
using Training.Supervision.Domain;
using Training.Supervision.EntityFrameworkCore;

namespace Training.Supervision.Application.Common;

/// <summary>
/// The one way a ledger item is opened — from a finding, a walk-through's improvement item or a self-check — with the
/// hall's rectification deadline (<see cref="SupervisionSettings.RectifyWorkingDays"/> working days) unless a nearer one
/// is given (立行立改: today). Adds it to the context; the caller saves in its own transaction.
/// </summary>
internal sealed class LedgerOpener(SupervisionDbContext db, SupervisionDeadlines deadlines, ICurrentUser currentUser)
{
    public sealed record Opening(LedgerSource Source, Guid HallId, Guid UnitId, string Title, string? Requirement,
        string? ResponsiblePerson, DateOnly OpenedOn, DateOnly? DueOn = null, Guid? InspectionId = null, Guid? FindingId = null,
        Guid? WalkStepId = null);

    public async Task<LedgerItem> OpenAsync(Opening opening, CancellationToken cancellationToken)
    {
        var account = await currentUser.GetAccountAsync(cancellationToken);
        var due = opening.DueOn ?? await deadlines.RectifyDueAsync(opening.HallId, opening.OpenedOn, cancellationToken);
        var item = new LedgerItem(Guid.NewGuid(), opening.Source, opening.HallId, opening.UnitId, opening.Title, opening.Requirement,
            opening.ResponsiblePerson, opening.OpenedOn, due, account.UserId, account.DisplayName, opening.InspectionId,
            opening.FindingId, opening.WalkStepId);
        db.LedgerItems.Add(item);
        return item;
    }
}
