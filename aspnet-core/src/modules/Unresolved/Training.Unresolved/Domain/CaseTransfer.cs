using Training.SharedKernel.Errors;

namespace Training.Unresolved.Domain;

/// <summary>
/// A transfer of a case to a receiver (转办单): the receiver's name copied, who transferred it and when, the note, the day
/// its answer is due, and the answer with up to 5 attachments (files in the file storage). <see cref="ReceiverIsComplainedUnit"/>:
/// the receiver is the department of the unit complained about, so its liaisons never see the complainant.
/// </summary>
public sealed class CaseTransfer
{
    private readonly List<TransferAttachment> _attachments = [];

    private CaseTransfer() { }

    internal CaseTransfer(Guid id, Guid caseId, Guid receiverId, string receiverName, ReceiverKind receiverKind,
        bool receiverIsComplainedUnit, string? note, DateOnly dueOn, CaseActor by)
    {
        (Id, CaseId, ReceiverId, ReceiverKind, ReceiverIsComplainedUnit) = (id, caseId, receiverId, receiverKind, receiverIsComplainedUnit);
        ReceiverName = receiverName.Length <= UnresolvedConsts.MaxNameLength ? receiverName : receiverName[..UnresolvedConsts.MaxNameLength];
        (Note, DueOn) = (note, dueOn);
        (TransferredAt, TransferredByUserId, TransferredByName) = (by.At, by.UserId, by.Name);
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public Guid ReceiverId { get; private set; }
    public string ReceiverName { get; private set; } = "";
    public ReceiverKind ReceiverKind { get; private set; }
    public bool ReceiverIsComplainedUnit { get; private set; }
    public DateTime TransferredAt { get; private set; }
    public Guid TransferredByUserId { get; private set; }
    public string TransferredByName { get; private set; } = "";
    public string? Note { get; private set; }
    public DateOnly DueOn { get; private set; }
    public DateTime? AnsweredAt { get; private set; }
    public string? AnswerText { get; private set; }
    public Guid? AnsweredByUserId { get; private set; }
    public string? AnsweredByName { get; private set; }

    public IReadOnlyList<TransferAttachment> Attachments => _attachments;

    internal void Answer(string text, CaseActor by) =>
        (AnswerText, AnsweredAt, AnsweredByUserId, AnsweredByName) = (text, by.At, by.UserId, by.Name);

    public void Attach(Guid fileId, string fileName, long size, string contentType)
    {
        if (_attachments.Count >= UnresolvedConsts.MaxAttachments)
            throw new BusinessException(CommonErrorCodes.TooManyItems, "files", UnresolvedConsts.MaxAttachments);
        _attachments.Add(new TransferAttachment(Id, fileId, fileName, size, contentType));
    }
}

/// <summary>An attachment of a receiver's answer, by its file in the storage.</summary>
public sealed class TransferAttachment
{
    private TransferAttachment() { }

    internal TransferAttachment(Guid transferId, Guid fileId, string fileName, long size, string contentType) =>
        (TransferId, FileId, FileName, Size, ContentType) = (transferId, fileId, fileName, size, contentType);

    public Guid TransferId { get; private set; }
    public Guid FileId { get; private set; }
    public string FileName { get; private set; } = "";
    public long Size { get; private set; }
    public string ContentType { get; private set; } = "";
}
