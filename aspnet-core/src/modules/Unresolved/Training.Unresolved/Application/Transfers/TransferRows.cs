using Training.SharedKernel.Scoping;
using Training.Unresolved.Application.Common;
using Training.Unresolved.Domain;
using Training.Unresolved.EntityFrameworkCore;

namespace Training.Unresolved.Application.Transfers;

/// <summary>
/// A transfer with its case's columns, read in one SQL projection for the liaison's inbox (members, not a constructor, so
/// filters and sorting compose over it in SQL).
/// </summary>
internal sealed class TransferRow
{
    public Guid Id { get; init; }
    public Guid CaseId { get; init; }
    public string CaseNumber { get; init; } = "";
    public Guid ReceiverId { get; init; }
    public string ReceiverName { get; init; } = "";
    public DateTime TransferredAt { get; init; }
    public DateOnly DueOn { get; init; }
    public DateTime? AnsweredAt { get; init; }
    public string Matter { get; init; } = "";
    public CaseCategory? Category { get; init; }
    public string ComplainantName { get; init; } = "";
    public string ComplainantContact { get; init; } = "";
    public string? EnterpriseName { get; init; }
    public Guid HallId { get; init; }
    public Guid RecordedByUserId { get; init; }
    public bool TransferredToCallersReceiver { get; init; }
    public Guid? UnitId { get; init; }

    /// <summary>
    /// The transfers a caller answers: those to the receivers they are a liaison of; an administrator sees every one.
    /// </summary>
    public static IQueryable<TransferRow> For(UnresolvedDbContext db, CaseCaller.Caller caller)
    {
        var receivers = caller.LiaisonOf.ToList();
        var everything = caller.Scope.Kind == ScopeKind.All;
        return from t in db.CaseTransfers.AsQueryable()
               join c in db.Cases on t.CaseId equals c.Id
               where everything || receivers.Contains(t.ReceiverId)
               select new TransferRow
               {
                   Id = t.Id, CaseId = c.Id, CaseNumber = c.Number, ReceiverId = t.ReceiverId, ReceiverName = t.ReceiverName,
                   TransferredAt = t.TransferredAt, DueOn = t.DueOn, AnsweredAt = t.AnsweredAt, Matter = c.Matter, Category = c.Category,
                   ComplainantName = c.ComplainantName, ComplainantContact = c.ComplainantContact, EnterpriseName = c.EnterpriseName,
                   HallId = c.HallId, RecordedByUserId = c.RecordedByUserId,
                   TransferredToCallersReceiver = !t.ReceiverIsComplainedUnit && receivers.Contains(t.ReceiverId), UnitId = c.UnitId,
               };
    }

    public TransferRowDto ToDto(CaseCaller.Caller caller, Cases.CaseNames.Lookup names, DateOnly today)
    {
        var complainant = ComplainantMask.Apply(caller, new ComplainantMask.CaseFacts(HallId, RecordedByUserId, TransferredToCallersReceiver),
            ComplainantName, ComplainantContact, EnterpriseName);
        return new TransferRowDto(Id, CaseId, CaseNumber, ReceiverId, ReceiverName, TransferredAt, DueOn, AnsweredAt is null && DueOn < today,
            AnsweredAt, Matter, Category, complainant.Name, complainant.Contact, complainant.EnterpriseName, complainant.Hidden,
            names.Unit(UnitId), names.Hall(HallId));
    }
}
