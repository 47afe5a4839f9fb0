using System.ComponentModel.DataAnnotations;
using Training.SharedKernel.Paging;

namespace Training.Unresolved;

/// <summary>
/// The liaison's inbox: the transfers to the receivers one is a liaison of. <c>Answered</c> false: to answer; true: answered;
/// none: both. Sorting: <c>dueOn</c> (default), <c>transferredAt</c>.
/// </summary>
public sealed record TransferListInput : PagedRequest
{
    public bool? Answered { get; init; }
    public Guid? ReceiverId { get; init; }

    [StringLength(MaxFilterLength)]
    public string? Filter { get; init; }
}

/// <summary>
/// A transfer in the inbox. The receiver sees the complainant (it must contact them) unless it is the unit complained
/// about: then <c>ComplainantHidden</c> and 已隐去.
/// </summary>
public sealed record TransferRowDto(
    Guid Id, Guid CaseId, string CaseNumber, Guid ReceiverId, string ReceiverName, DateTime TransferredAt, DateOnly DueOn,
    bool Overdue, DateTime? AnsweredAt, string Matter, CaseCategory? Category, string ComplainantName, string ComplainantContact,
    string? EnterpriseName, bool ComplainantHidden, string? UnitName, string HallName);

/// <summary>A transfer in full: the case's particulars a receiver needs, the note, the answer and its attachments.</summary>
public sealed record TransferDetailDto(
    TransferRowDto Transfer, ComplainantKind ComplainantKind, IntakeChannel Channel, DateTime ReceivedAt, string Description,
    string? Note, string TransferredByName, bool ViaEfficiencySection, string? Answer, string? AnsweredByName,
    IReadOnlyList<AttachmentDto> Attachments, bool CanAnswer, int CaseVersion);
