using Training.SharedKernel.Domain;
using Training.SharedKernel.Errors;
using Training.Unresolved.Events;

namespace Training.Unresolved.Domain;

/// <summary>
/// A 办不成事 case: taken at the window, by the hotline or online; numbered per hall and year (2026SZX001); the guide
/// on duty is its first responsible person. The guide classifies it and it is handled by category (window answer,
/// 一事一议, complaint check in Supervision, transfer to a receiver); the complainant gets a first reply the day of
/// intake and a follow-up call; an unsatisfied follow-up goes to 效能督查科. Every step is kept with who and when, every
/// deadline with its due day and the moment it was met. Out-of-scope cases are recorded and closed at once.
/// </summary>
public sealed class UnresolvedCase : AggregateRoot
{
    private readonly List<CaseStep> _steps = [];
    private readonly List<CaseDeadline> _deadlines = [];
    private readonly List<CaseTransfer> _transfers = [];

    private UnresolvedCase() { }

    public UnresolvedCase(Guid id, Guid hallId, string hallCode, int serial, CaseComplainant complainant, IntakeChannel channel,
        string matter, Guid? unitId, Guid? windowId, string description, CaseActor recordedBy, Guid? guideStaffId, string? guideName)
        : base(id)
    {
        HallId = hallId;
        (Year, Serial) = (recordedBy.On.Year, serial);
        Number = NumberOf(Year, hallCode, serial);
        (ComplainantKind, ComplainantName, ComplainantContact, EnterpriseName) = complainant.Checked();
        Channel = channel;
        Matter = Check.NotBlank(matter, "matter", UnresolvedConsts.MaxMatterLength);
        (UnitId, WindowId) = (unitId, windowId);
        Description = Check.NotBlank(description, "description", UnresolvedConsts.MaxTextLength);
        (ReceivedAt, ReceivedOn) = (recordedBy.At, recordedBy.On);
        (RecordedByUserId, RecordedByName) = (recordedBy.UserId, Check.NotBlank(recordedBy.Name, "recordedByName", UnresolvedConsts.MaxPersonNameLength));
        (GuideStaffId, GuideName) = (guideStaffId, guideStaffId is null ? null : Check.Optional(guideName, "guideName", UnresolvedConsts.MaxPersonNameLength));
        Accepted = true;
        State = UnresolvedCaseState.Registered;
        AddStep(CaseStepKind.Intake, recordedBy, guideStaffId is null ? "当日无值班巡导员，已通知中心管理人员" : $"当日巡导员：{guideName}");
        // Anything not resolved on the spot gets a first reply the day of intake (seed 003, 回复反馈).
        _deadlines.Add(new CaseDeadline(Guid.NewGuid(), Id, HallId, DeadlineKind.FirstReply, DeadlineOwner.Desk, null, ReceivedOn, ReceivedOn));
    }

    /// <summary>The seed's style: year, the hall's code, a 3-digit serial (2026SZX001).</summary>
    public static string NumberOf(int year, string hallCode, int serial) => $"{year}{hallCode}{serial:000}";

    public Guid HallId { get; private set; }
    public string Number { get; private set; } = "";
    public int Year { get; private set; }
    public int Serial { get; private set; }
    public ComplainantKind ComplainantKind { get; private set; }
    public string ComplainantName { get; private set; } = "";
    public string ComplainantContact { get; private set; } = "";
    public string? EnterpriseName { get; private set; }
    public IntakeChannel Channel { get; private set; }
    public string Matter { get; private set; } = "";
    public Guid? UnitId { get; private set; }
    public Guid? WindowId { get; private set; }
    public string Description { get; private set; } = "";
    public DateTime ReceivedAt { get; private set; }

    /// <summary>The hall's local date of intake: the numbering year, the same-day deadlines, the lists' periods.</summary>
    public DateOnly ReceivedOn { get; private set; }

    public Guid RecordedByUserId { get; private set; }
    public string RecordedByName { get; private set; } = "";

    /// <summary>The guide on duty at intake, the first responsible person; null when the roster named nobody.</summary>
    public Guid? GuideStaffId { get; private set; }

    public string? GuideName { get; private set; }
    public bool Accepted { get; private set; }
    public NotAcceptedReason? NotAcceptedReason { get; private set; }
    public string? NotAcceptedExplanation { get; private set; }
    public CaseCategory? Category { get; private set; }
    public UnresolvedCaseState State { get; private set; }

    /// <summary>The 投诉核查 inspection opened in Supervision for a 服务不规范 case.</summary>
    public Guid? ComplaintCheckInspectionId { get; private set; }

    /// <summary>The sections of the 一事一议 conference, joined by '、'.</summary>
    public string? ConferenceSections { get; private set; }

    public DateTime? ClosedAt { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    public CaseOutcome? Outcome { get; private set; }
    public string? ClosingText { get; private set; }
    public int Version { get; private set; }

    public IReadOnlyList<CaseStep> Steps => _steps;
    public IReadOnlyList<CaseDeadline> Deadlines => _deadlines;
    public IReadOnlyList<CaseTransfer> Transfers => _transfers;

    public bool IsOpen => State is not (UnresolvedCaseState.Closed or UnresolvedCaseState.NotAccepted);

    /// <summary>Out of scope (涉法、涉诉、涉访、与现行政策不符): the reason and what the complainant was told; closed at once.</summary>
    public void NotAccept(NotAcceptedReason reason, string explanation, CaseActor by, Guid eventId)
    {
        EnsureState(UnresolvedCaseState.Registered);
        Accepted = false;
        NotAcceptedReason = reason;
        NotAcceptedExplanation = Check.NotBlank(explanation, "notAcceptedExplanation", UnresolvedConsts.MaxTextLength);
        AddStep(CaseStepKind.NotAccepted, by, NotAcceptedExplanation);
        // Telling the complainant why is the reply: the first-reply deadline is met by it.
        Meet(DeadlineKind.FirstReply, by);
        CloseCore(UnresolvedCaseState.NotAccepted, CaseOutcome.NotAccepted, NotAcceptedExplanation, by, eventId);
    }

    /// <summary>
    /// The guide's classification. 一般性 is due the same day; the categories handled in the hall get their follow-up
    /// deadline counted from intake (<paramref name="followUpDue"/>); transferred ones get theirs from the receiver's answer.
    /// </summary>
    public void Classify(CaseCategory category, string? note, DateOnly followUpDue, CaseActor by)
    {
        EnsureState(UnresolvedCaseState.Registered);
        Category = category;
        State = UnresolvedCaseState.Handling;
        var step = AddStep(CaseStepKind.Classified, by, Check.Optional(note, "note", UnresolvedConsts.MaxTextLength));
        step.Classified(category);
        if (category == CaseCategory.General)
            _deadlines.Add(new CaseDeadline(Guid.NewGuid(), Id, HallId, DeadlineKind.SameDayResolution, DeadlineOwner.Guide, null, ReceivedOn, ReceivedOn));
        if (!IsTransferCategory(category))
            _deadlines.Add(new CaseDeadline(Guid.NewGuid(), Id, HallId, DeadlineKind.FollowUp, DeadlineOwner.Desk, null, ReceivedOn, followUpDue));
        Version++;
    }

    public static bool IsTransferCategory(CaseCategory category) => category is CaseCategory.NotStationed or CaseCategory.UnclearAuthority;

    /// <summary>一般性: the window's answer as coordinated by the guide; it is the reply to the complainant too.</summary>
    public void RecordWindowAnswer(string answer, CaseActor by)
    {
        EnsureHandling(CaseCategory.General);
        AddStep(CaseStepKind.WindowAnswer, by, Check.NotBlank(answer, "answer", UnresolvedConsts.MaxTextLength));
        Meet(DeadlineKind.SameDayResolution, by);
        Meet(DeadlineKind.FirstReply, by);
        State = UnresolvedCaseState.AwaitingFollowUp;
        Version++;
    }

    /// <summary>一事一议: the sections that met and the outcome.</summary>
    public void RecordConference(IReadOnlyList<string> sections, string outcome, CaseActor by)
    {
        EnsureHandling(CaseCategory.Complex);
        var joined = string.Join('、', sections.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct());
        ConferenceSections = Check.NotBlank(joined, "sections", UnresolvedConsts.MaxSectionsLength);
        var step = AddStep(CaseStepKind.Conference, by, Check.NotBlank(outcome, "outcome", UnresolvedConsts.MaxTextLength));
        step.Conference(ConferenceSections);
        State = UnresolvedCaseState.AwaitingFollowUp;
        Version++;
    }

    /// <summary>服务不规范: 效能督查科 opened the complaint check (投诉核查) in Supervision; its outcome is Supervision's findings.</summary>
    public void ComplaintCheckOpened(Guid inspectionId, string? note, CaseActor by)
    {
        EnsureComplaintCheckPossible();
        ComplaintCheckInspectionId = inspectionId;
        AddStep(CaseStepKind.ComplaintCheckOpened, by, Check.Optional(note, "note", UnresolvedConsts.MaxTextLength));
        State = UnresolvedCaseState.AwaitingFollowUp;
        Version++;
    }

    /// <summary>Asked before Supervision is: a 服务不规范 case being handled, without a check yet.</summary>
    public void EnsureComplaintCheckPossible()
    {
        EnsureHandling(CaseCategory.NonStandardService);
        if (ComplaintCheckInspectionId is not null) throw new BusinessException(UnresolvedErrorCodes.ComplaintCheckOpened) { Kind = ErrorKind.Conflict };
    }

    /// <summary>Asked before the receiver is looked at: a 未进驻 or 审批主体不明 case being handled.</summary>
    public void EnsureTransferable()
    {
        if (State != UnresolvedCaseState.Handling || Category is not { } category || !IsTransferCategory(category)) throw WrongStep();
    }

    /// <summary>
    /// 未进驻 / 审批主体不明: transferred to a receiver, who answers by <paramref name="dueOn"/>. <paramref name="receiverIsComplainedUnit"/>:
    /// the receiver is the unit complained about (then 效能督查科 transfers it and the complainant stays hidden from it).
    /// </summary>
    public CaseTransfer Transfer(Guid receiverId, string receiverName, ReceiverKind receiverKind, bool receiverIsComplainedUnit,
        string? note, DateOnly dueOn, CaseActor by)
    {
        EnsureTransferable();
        var transfer = new CaseTransfer(Guid.NewGuid(), Id, receiverId, receiverName, receiverKind, receiverIsComplainedUnit,
            Check.Optional(note, "note", UnresolvedConsts.MaxTextLength), dueOn, by);
        _transfers.Add(transfer);
        var step = AddStep(CaseStepKind.Transferred, by, transfer.Note);
        step.ToReceiver(receiverId, transfer.ReceiverName);
        _deadlines.Add(new CaseDeadline(Guid.NewGuid(), Id, HallId, DeadlineKind.ReceiverAnswer, DeadlineOwner.Receiver, receiverId, by.On, dueOn));
        State = UnresolvedCaseState.Transferred;
        Version++;
        return transfer;
    }

    /// <summary>The first reply to the complainant (once), whatever the case's stage while it is open.</summary>
    public void RecordFirstReply(string text, CaseActor by)
    {
        if (!IsOpen) throw WrongStep();
        if (!_deadlines.Any(d => d.Kind == DeadlineKind.FirstReply && d.IsOpen))
            throw new BusinessException(UnresolvedErrorCodes.FirstReplyGiven) { Kind = ErrorKind.Conflict };
        AddStep(CaseStepKind.FirstReply, by, Check.NotBlank(text, "text", UnresolvedConsts.MaxTextLength));
        Meet(DeadlineKind.FirstReply, by);
        Version++;
    }

    /// <summary>
    /// The receiver's answer (its liaison): it ends the receiver's deadline and starts the follow-up, counted from the
    /// answer (<paramref name="followUpDue"/>).
    /// </summary>
    public void AnswerTransfer(Guid transferId, string answer, DateOnly followUpDue, CaseActor by)
    {
        var transfer = _transfers.FirstOrDefault(t => t.Id == transferId) ?? throw new EntityNotFoundException("CaseTransfer", transferId);
        if (State != UnresolvedCaseState.Transferred || transfer.AnsweredAt is not null) throw WrongStep();
        transfer.Answer(Check.NotBlank(answer, "answer", UnresolvedConsts.MaxTextLength), by);
        var step = AddStep(CaseStepKind.ReceiverAnswer, by, transfer.AnswerText);
        step.ToReceiver(transfer.ReceiverId, transfer.ReceiverName);
        Meet(DeadlineKind.ReceiverAnswer, by);
        _deadlines.Add(new CaseDeadline(Guid.NewGuid(), Id, HallId, DeadlineKind.FollowUp, DeadlineOwner.Desk, null, by.On, followUpDue));
        State = UnresolvedCaseState.Answered;
        Version++;
    }

    /// <summary>The follow-up call: satisfied closes the case (resolved); unsatisfied goes to 效能督查科, due <paramref name="escalationDue"/>.</summary>
    public void RecordFollowUp(bool satisfied, string text, DateOnly escalationDue, CaseActor by, Guid eventId)
    {
        if (State is not (UnresolvedCaseState.Answered or UnresolvedCaseState.AwaitingFollowUp)) throw WrongStep();
        var step = AddStep(CaseStepKind.FollowUp, by, Check.NotBlank(text, "text", UnresolvedConsts.MaxTextLength));
        step.FollowedUp(satisfied);
        Meet(DeadlineKind.FollowUp, by);
        // Whoever calls the complainant back has replied to them, if nobody had yet.
        Meet(DeadlineKind.FirstReply, by);
        if (satisfied)
        {
            CloseCore(UnresolvedCaseState.Closed, CaseOutcome.Resolved, text, by, eventId);
            return;
        }
        AddStep(CaseStepKind.Escalated, by, "回访不满意，移交效能督查科");
        _deadlines.Add(new CaseDeadline(Guid.NewGuid(), Id, HallId, DeadlineKind.EscalationAnswer, DeadlineOwner.EfficiencySection, null, by.On, escalationDue));
        State = UnresolvedCaseState.Escalated;
        Version++;
    }

    /// <summary>效能督查科's answer to an unsatisfied follow-up (with the departments); it closes the case.</summary>
    public void AnswerEscalation(CaseOutcome outcome, string text, CaseActor by, Guid eventId)
    {
        if (State != UnresolvedCaseState.Escalated) throw WrongStep();
        AddStep(CaseStepKind.EscalationAnswer, by, Check.NotBlank(text, "text", UnresolvedConsts.MaxTextLength));
        Meet(DeadlineKind.EscalationAnswer, by);
        CloseCore(UnresolvedCaseState.Closed, EnsureClosingOutcome(outcome), text, by, eventId);
    }

    /// <summary>Closes a case handled in the hall or answered by its receiver, with its outcome (the follow-up not made is then late).</summary>
    public void Close(CaseOutcome outcome, string text, CaseActor by, Guid eventId)
    {
        if (State is not (UnresolvedCaseState.Handling or UnresolvedCaseState.AwaitingFollowUp or UnresolvedCaseState.Answered)) throw WrongStep();
        CloseCore(UnresolvedCaseState.Closed, EnsureClosingOutcome(outcome), Check.NotBlank(text, "text", UnresolvedConsts.MaxTextLength), by, eventId);
    }

    private static CaseOutcome EnsureClosingOutcome(CaseOutcome outcome) =>
        outcome == CaseOutcome.NotAccepted ? throw new BusinessException(CommonErrorCodes.InvalidValue, "outcome") : outcome;

    private void CloseCore(UnresolvedCaseState state, CaseOutcome outcome, string text, CaseActor by, Guid eventId)
    {
        State = state;
        Outcome = outcome;
        ClosingText = Check.NotBlank(text, "text", UnresolvedConsts.MaxTextLength);
        (ClosedAt, ClosedOn) = (by.At, by.On);
        if (state == UnresolvedCaseState.Closed) AddStep(CaseStepKind.Closed, by, ClosingText);
        foreach (var deadline in _deadlines.Where(d => d.IsOpen)) deadline.Lapse(by.At);
        Version++;
        var onTime = _deadlines.Count(d => d.MetOnTime == true);
        AddEvent(new UnresolvedCaseClosedEto(eventId, Id, Number, HallId, UnitId, Category, outcome, by.On, onTime, _deadlines.Count - onTime));
    }

    private void EnsureState(UnresolvedCaseState state)
    {
        if (State != state) throw WrongStep();
    }

    private void EnsureHandling(CaseCategory category)
    {
        if (State != UnresolvedCaseState.Handling) throw WrongStep();
        if (Category != category)
            throw new BusinessException(UnresolvedErrorCodes.WrongCategory, Category?.ToString()) { Kind = ErrorKind.Conflict };
    }

    private BusinessException WrongStep() => new(UnresolvedErrorCodes.WrongState, State.ToString()) { Kind = ErrorKind.Conflict };

    private void Meet(DeadlineKind kind, CaseActor by)
    {
        foreach (var deadline in _deadlines.Where(d => d.Kind == kind && d.IsOpen)) deadline.Meet(by.At, by.On);
    }

    private CaseStep AddStep(CaseStepKind kind, CaseActor by, string? text)
    {
        var step = new CaseStep(Guid.NewGuid(), Id, _steps.Count + 1, kind, by, text);
        _steps.Add(step);
        return step;
    }
}

/// <summary>The complainant as taken: a person or an enterprise (its name required then), name and contact.</summary>
public sealed record CaseComplainant(ComplainantKind Kind, string Name, string Contact, string? EnterpriseName)
{
    internal (ComplainantKind, string, string, string?) Checked()
    {
        var enterprise = Check.Optional(EnterpriseName, "enterpriseName", UnresolvedConsts.MaxNameLength);
        if (Kind == ComplainantKind.Enterprise && enterprise is null) throw new BusinessException(UnresolvedErrorCodes.EnterpriseNameRequired);
        return (Kind, Check.NotBlank(Name, "complainantName", UnresolvedConsts.MaxPersonNameLength),
            Check.NotBlank(Contact, "complainantContact", UnresolvedConsts.MaxContactLength),
            Kind == ComplainantKind.Enterprise ? enterprise : null);
    }
}
