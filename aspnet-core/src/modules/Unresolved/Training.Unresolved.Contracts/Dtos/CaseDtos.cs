using System.ComponentModel.DataAnnotations;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Validation;

namespace Training.Unresolved;

/// <summary>
/// A case as it is taken at the window, by the hotline or online. <c>UnitId</c>/<c>WindowId</c>: the window concerned,
/// of the same hall (optional: a matter not stationed in the hall has none). With <c>NotAcceptedReason</c> the case is
/// out of scope (涉法、涉诉、涉访、与现行政策不符): recorded with <c>NotAcceptedExplanation</c>, what the complainant was
/// told, and closed at once.
/// </summary>
public sealed record CreateCaseInput(
    Guid HallId,
    ComplainantKind ComplainantKind,
    [property: Required, StringLength(UnresolvedConsts.MaxPersonNameLength)] string ComplainantName,
    [property: Required, StringLength(UnresolvedConsts.MaxContactLength)] string ComplainantContact,
    [property: StringLength(UnresolvedConsts.MaxNameLength)] string? EnterpriseName,
    IntakeChannel Channel,
    [property: Required, StringLength(UnresolvedConsts.MaxMatterLength)] string Matter,
    Guid? UnitId,
    Guid? WindowId,
    [property: Required, StringLength(UnresolvedConsts.MaxTextLength)] string Description,
    NotAcceptedReason? NotAcceptedReason,
    [property: StringLength(UnresolvedConsts.MaxTextLength)] string? NotAcceptedExplanation);

/// <summary>
/// The case list's filters, all optional: the hall, states, category, the unit complained about, the receiver it was
/// transferred to, the intake days from/to, a text (number, matter, description), and only cases with an overdue deadline.
/// Sorting: <c>receivedAt</c> (default, newest first), <c>number</c>, <c>state</c>, <c>category</c>.
/// </summary>
public sealed record UnresolvedCaseListInput : PagedRequest
{
    public Guid? HallId { get; init; }

    [MaxLength(8)]
    public UnresolvedCaseState[]? States { get; init; }

    public CaseCategory? Category { get; init; }
    public Guid? UnitId { get; init; }
    public Guid? ReceiverId { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }

    [StringLength(MaxFilterLength)]
    public string? Filter { get; init; }

    public bool? OverdueOnly { get; init; }
}

/// <summary>
/// One case in a list. The complainant's name and contact (and enterprise) read 已隐去 / Hidden with
/// <c>ComplainantHidden</c> when the caller is the unit complained about (or anyone else not entitled to them).
/// <c>NextDueOn</c>: the earliest open deadline; <c>Overdue</c>: an open deadline has passed.
/// </summary>
public sealed record CaseRowDto(
    Guid Id, Guid HallId, string HallName, string Number, DateTime ReceivedAt, DateOnly ReceivedOn, IntakeChannel Channel,
    ComplainantKind ComplainantKind, string ComplainantName, string ComplainantContact, string? EnterpriseName,
    bool ComplainantHidden, string Matter, Guid? UnitId, string? UnitName, Guid? WindowId, string? WindowName,
    CaseCategory? Category, UnresolvedCaseState State, string? GuideName, string RecordedByName, string? ReceiverName,
    DateOnly? NextDueOn, bool Overdue, int Version);

/// <summary>A step of the history: what, when, by whom, with its text and the kind's particulars.</summary>
public sealed record CaseStepDto(
    Guid Id, CaseStepKind Kind, DateTime At, string ByName, string? Text, IReadOnlyList<string> Sections, Guid? ReceiverId,
    string? ReceiverName, bool? Satisfied, CaseCategory? Category);

/// <summary>
/// A deadline: its kind and owner (the receiver for a receiver's answer), when it started and falls due, when it was met.
/// <c>MetOnTime</c>: met on its day or before (null while open); <c>Overdue</c>: open and past its day.
/// </summary>
public sealed record CaseDeadlineDto(
    Guid Id, DeadlineKind Kind, DeadlineOwner Owner, Guid? ReceiverId, string? ReceiverName, DateOnly StartedOn, DateOnly DueOn,
    DateTime? MetAt, bool? MetOnTime, bool Overdue);

public sealed record AttachmentDto(Guid FileId, string FileName, long Size, string ContentType);

/// <summary>
/// A transfer to a receiver and its answer. <c>ViaEfficiencySection</c>: the receiver is the unit complained about, so
/// 效能督查科 transferred it and the complainant stays hidden from it (经效能督查科转办，诉求人信息已隐去).
/// </summary>
public sealed record CaseTransferDto(
    Guid Id, Guid ReceiverId, string ReceiverName, ReceiverKind ReceiverKind, DateTime TransferredAt, string TransferredByName,
    string? Note, DateOnly DueOn, bool ViaEfficiencySection, DateTime? AnsweredAt, string? Answer, string? AnsweredByName,
    IReadOnlyList<AttachmentDto> Attachments);

/// <summary>What the caller may do with the case now (the buttons the page shows).</summary>
public sealed record CaseActionsDto(
    bool Classify, bool WindowAnswer, bool Conference, bool OpenComplaintCheck, bool Transfer, bool FirstReply, bool FollowUp,
    bool AnswerEscalation, bool Close);

/// <summary>
/// A case in full: the row, what could not be done, the not-accepted reason, the complaint check opened in Supervision
/// (its inspection, to link /supervision), the outcome, the steps (history), the deadlines, the transfers, and the actions.
/// </summary>
public sealed record UnresolvedCaseDetailDto(
    CaseRowDto Case, string Description, string RecordedByNameAtIntake, NotAcceptedReason? NotAcceptedReason,
    string? NotAcceptedExplanation, Guid? ComplaintCheckInspectionId, DateTime? ClosedAt, CaseOutcome? Outcome,
    string? ClosingText, IReadOnlyList<string> ConferenceSections, IReadOnlyList<CaseStepDto> Steps,
    IReadOnlyList<CaseDeadlineDto> Deadlines, IReadOnlyList<CaseTransferDto> Transfers, CaseActionsDto Actions);

/// <summary>The guide classifies the case (分类处办), with an optional note.</summary>
public sealed record ClassifyCaseInput(
    [property: Range(0, int.MaxValue)] int Version,
    CaseCategory Category,
    [property: StringLength(UnresolvedConsts.MaxTextLength)] string? Note);

/// <summary>一般性情形: the window's answer as the guide coordinated it (即收即办 or the same day).</summary>
public sealed record WindowAnswerInput(
    [property: Range(0, int.MaxValue)] int Version,
    [property: Required, StringLength(UnresolvedConsts.MaxTextLength)] string Answer);

/// <summary>一事一议: the sections that met (of the hall's configured sections) and the outcome.</summary>
public sealed record ConferenceInput(
    [property: Range(0, int.MaxValue)] int Version,
    [property: Required, MaxLength(UnresolvedConsts.MaxSections), ItemMaxLength(UnresolvedConsts.MaxSectionLength)] string[] Sections,
    [property: Required, StringLength(UnresolvedConsts.MaxTextLength)] string Outcome);

/// <summary>服务不规范: 效能督查科 opens the complaint check in Supervision (optionally naming the staff member concerned).</summary>
public sealed record ComplaintCheckInput(
    [property: Range(0, int.MaxValue)] int Version,
    Guid? StaffId,
    [property: StringLength(UnresolvedConsts.MaxTextLength)] string? Note);

/// <summary>未进驻 / 审批主体不明: the transfer to a receiver, with a note for it.</summary>
public sealed record TransferCaseInput(
    [property: Range(0, int.MaxValue)] int Version,
    Guid ReceiverId,
    [property: StringLength(UnresolvedConsts.MaxTextLength)] string? Note);

/// <summary>The first reply to the complainant (the day of intake for anything not resolved on the spot).</summary>
public sealed record FirstReplyInput(
    [property: Range(0, int.MaxValue)] int Version,
    [property: Required, StringLength(UnresolvedConsts.MaxTextLength)] string Text);

/// <summary>The follow-up call 跟踪回访: satisfied closes the case; unsatisfied goes to 效能督查科.</summary>
public sealed record FollowUpInput(
    [property: Range(0, int.MaxValue)] int Version,
    bool Satisfied,
    [property: Required, StringLength(UnresolvedConsts.MaxTextLength)] string Text);

/// <summary>效能督查科's answer to an unsatisfied follow-up (with the departments); it closes the case with its outcome.</summary>
public sealed record EscalationAnswerInput(
    [property: Range(0, int.MaxValue)] int Version,
    CaseOutcome Outcome,
    [property: Required, StringLength(UnresolvedConsts.MaxTextLength)] string Text);

/// <summary>Closes a case being handled with its outcome (resolved, or explained and not resolvable).</summary>
public sealed record CloseCaseInput(
    [property: Range(0, int.MaxValue)] int Version,
    CaseOutcome Outcome,
    [property: Required, StringLength(UnresolvedConsts.MaxTextLength)] string Text);
