using Training.Ratings.Events;
using Training.SharedKernel.Domain;
using Training.SharedKernel.Errors;

namespace Training.Ratings.Domain;

/// <summary>
/// The closed loop of one bad rating (001): verify (real / mistaken / malicious) → call back → rectify → reply → the
/// citizen's follow-up evaluation → close. Opened with the rating, in the same transaction, with its deadlines counted in
/// working days on the work calendar. A rating without a name or phone cannot be called back: after verification it
/// goes straight to rectification. A mistaken or malicious verdict closes the case; excluding the rating is an appeal's
/// decision, not the handler's.
/// </summary>
public sealed class BadRatingCase : AggregateRoot
{
    private BadRatingCase() { }

    public BadRatingCase(Guid id, Guid ratingId, Guid hallId, Guid unitId, Guid windowId, Guid? staffId, bool isRealName,
        DateTime openedAt, DateOnly openedDate, DateOnly callbackDue, DateOnly rectifyDue) : base(id)
    {
        (RatingId, HallId, UnitId, WindowId, StaffId, IsRealName) = (ratingId, hallId, unitId, windowId, staffId, isRealName);
        (OpenedAt, OpenedDate, CallbackDue, RectifyDue) = (openedAt, openedDate, callbackDue, rectifyDue);
        State = CaseState.Verifying;
    }

    public Guid RatingId { get; private set; }
    public Guid HallId { get; private set; }
    public Guid UnitId { get; private set; }
    public Guid WindowId { get; private set; }
    public Guid? StaffId { get; private set; }
    public bool IsRealName { get; private set; }
    public CaseState State { get; private set; }
    public DateTime OpenedAt { get; private set; }
    public DateOnly OpenedDate { get; private set; }

    /// <summary>Call back by the end of this working day (default: 1 working day after the rating).</summary>
    public DateOnly CallbackDue { get; private set; }

    /// <summary>Rectify by the end of this working day (default: 5 working days after the rating).</summary>
    public DateOnly RectifyDue { get; private set; }

    /// <summary>The user who took the case: the only one who sees the citizen's phone.</summary>
    public Guid? HandlerUserId { get; private set; }

    public string? HandlerName { get; private set; }

    public CaseVerdict? Verdict { get; private set; }
    public string? VerificationNote { get; private set; }
    public DateTime? VerifiedAt { get; private set; }
    public DateTime? CalledBackAt { get; private set; }
    public DateOnly? CalledBackDate { get; private set; }
    public string? CallbackNote { get; private set; }
    public DateTime? RectifiedAt { get; private set; }
    public DateOnly? RectifiedDate { get; private set; }
    public string? RectificationNote { get; private set; }

    /// <summary>The public reply 答复 (shown on the disclosure page).</summary>
    public string? Reply { get; private set; }

    public DateTime? RepliedAt { get; private set; }
    public DateTime? ClosedAt { get; private set; }

    /// <summary>The approved appeal that excluded the rating and so closed the case, whatever step it was at.</summary>
    public Guid? ClosedByAppealId { get; private set; }

    /// <summary>SHA-256 of the citizen's follow-up link token (the token itself is only in the link).</summary>
    public string? FollowUpTokenHash { get; private set; }

    public DateTime? FollowUpLinkExpiresAt { get; private set; }

    /// <summary>When the handler and leads were told the case is overdue (once).</summary>
    public DateTime? OverdueNotifiedAt { get; private set; }

    public int Version { get; private set; }

    public bool CallbackOverdue(DateOnly today) =>
        IsRealName && (Verdict is null or CaseVerdict.Real) && CalledBackDate is null && State != CaseState.Closed && today > CallbackDue;

    public bool RectifyOverdue(DateOnly today) =>
        (Verdict is null or CaseVerdict.Real) && RectifiedDate is null && State != CaseState.Closed && today > RectifyDue;

    public bool IsOverdue(DateOnly today) => CallbackOverdue(today) || RectifyOverdue(today);

    public void TakeOver(Guid userId, string name)
    {
        EnsureOpen();
        HandlerUserId = userId;
        HandlerName = Check.NotBlank(name, "handlerName", RatingsConsts.MaxPersonNameLength);
        Version++;
    }

    public void Verify(CaseVerdict verdict, string note, DateTime at, Guid? eventId = null)
    {
        Expect(CaseState.Verifying);
        Verdict = verdict;
        VerificationNote = Check.NotBlank(note, "note", RatingsConsts.MaxNoteLength);
        VerifiedAt = at;
        if (verdict == CaseVerdict.Real) State = IsRealName ? CaseState.CallingBack : CaseState.Rectifying;
        else CloseAt(at, eventId ?? Guid.NewGuid());
        Version++;
    }

    public void CallBack(string note, DateTime at, DateOnly date)
    {
        Expect(CaseState.CallingBack);
        CallbackNote = Check.NotBlank(note, "note", RatingsConsts.MaxNoteLength);
        (CalledBackAt, CalledBackDate) = (at, date);
        State = CaseState.Rectifying;
        Version++;
    }

    public void Rectify(string measures, DateTime at, DateOnly date)
    {
        Expect(CaseState.Rectifying);
        RectificationNote = Check.NotBlank(measures, "note", RatingsConsts.MaxNoteLength);
        (RectifiedAt, RectifiedDate) = (at, date);
        State = CaseState.Replying;
        Version++;
    }

    /// <summary>The public reply; opens the citizen's follow-up link (its token hash and expiry).</summary>
    public void Answer(string reply, DateTime at, string followUpTokenHash, DateTime linkExpiresAt)
    {
        Expect(CaseState.Replying);
        Reply = Check.NotBlank(reply, "reply", RatingsConsts.MaxNoteLength);
        RepliedAt = at;
        (FollowUpTokenHash, FollowUpLinkExpiresAt) = (followUpTokenHash, linkExpiresAt);
        State = CaseState.FollowingUp;
        Version++;
    }

    /// <summary>Closes after the follow-up (or, for a rating nobody can be asked about, after the reply).</summary>
    public void Close(DateTime at, bool followUpRecorded, Guid eventId)
    {
        Expect(CaseState.FollowingUp);
        if (!followUpRecorded && IsRealName)
            throw new BusinessException(RatingsErrorCodes.FollowUpMissing) { Kind = ErrorKind.Conflict };
        CloseAt(at, eventId);
        Version++;
    }

    /// <summary>
    /// The follow-up evaluation is being recorded (by the handler or through the citizen's link): only after the reply,
    /// once; the version moves, so two recordings at the same moment cannot both pass.
    /// </summary>
    public void RecordFollowUp()
    {
        Expect(CaseState.FollowingUp);
        Version++;
    }

    /// <summary>An approved appeal excluded the rating: the case closes at whatever step it was, and says why.</summary>
    public void CloseByExclusion(Guid appealId, DateTime at, Guid eventId)
    {
        EnsureOpen();
        ClosedByAppealId = appealId;
        CloseAt(at, eventId);
        Version++;
    }

    public void MarkOverdueNotified(DateTime at) => OverdueNotifiedAt ??= at;

    public void AttributeTo(Guid staffId) => StaffId = staffId;

    private void CloseAt(DateTime at, Guid eventId)
    {
        State = CaseState.Closed;
        ClosedAt = at;
        FollowUpTokenHash = null;
        AddEvent(new BadRatingCaseClosedEto(eventId, Id, RatingId, HallId, UnitId, WindowId, StaffId, Verdict,
            CalledBackDate is { } c && c <= CallbackDue, RectifiedDate is { } r && r <= RectifyDue, at));
    }

    private void EnsureOpen()
    {
        if (State == CaseState.Closed) throw new BusinessException(RatingsErrorCodes.CaseClosed) { Kind = ErrorKind.Conflict };
    }

    private void Expect(CaseState state)
    {
        EnsureOpen();
        if (State != state) throw new BusinessException(RatingsErrorCodes.CaseWrongStep, State.ToString()) { Kind = ErrorKind.Conflict };
    }
}

/// <summary>
/// The citizen's follow-up evaluation 回访评价 of a case: its own record (not a second rating of the case), taken by the
/// handler during the follow-up call or left by the citizen through the case's link. One per case.
/// </summary>
public sealed class FollowUpEvaluation : Entity
{
    private FollowUpEvaluation() { }

    public FollowUpEvaluation(Guid id, Guid caseId, RatingLevel level, string? comment, FollowUpSource source, Guid? recordedBy, DateTime at) : base(id)
    {
        (CaseId, Level, Source, RecordedBy, At) = (caseId, level, source, recordedBy, at);
        Comment = Check.Optional(comment, "comment", RatingsConsts.MaxCommentLength);
    }

    public Guid CaseId { get; private set; }
    public RatingLevel Level { get; private set; }
    public string? Comment { get; private set; }
    public FollowUpSource Source { get; private set; }
    public Guid? RecordedBy { get; private set; }
    public DateTime At { get; private set; }

    public bool Satisfied => !RatingsConsts.IsBad(Level);
}
