using Training.SharedKernel.Domain;
using Training.SharedKernel.Errors;

namespace Training.Supervision.Domain;

/// <summary>
/// A line of a unit's rectification ledger 问题台账 (000): a problem with its responsible unit and deadline, from a
/// finding, a walk-through's improvement item or the unit's own self-check 对照自查. open → progress reported (staged,
/// with evidence) → rectified → accepted, or sent back marked 虚假整改 / 敷衍整改 with a reason (and a new deadline);
/// a 回头看 re-check of an accepted item after <see cref="SupervisionSettings.RecheckDays"/> confirms it or reopens it.
/// Unrectified past <see cref="DueOn"/> it is 拖而不改 (<see cref="IsOverdue"/>); <see cref="WentOverdueOn"/> keeps the
/// first day it was, so a closed month's bulletin names the same items however late it is printed.
/// </summary>
public sealed class LedgerItem : AggregateRoot
{
    private readonly List<LedgerProgress> _progress = [];
    private readonly List<LedgerReview> _reviews = [];

    private LedgerItem() { }

    public LedgerItem(Guid id, LedgerSource source, Guid hallId, Guid unitId, string title, string? requirement,
        string? responsiblePerson, DateOnly openedOn, DateOnly dueOn, Guid openedBy, string openedByName,
        Guid? inspectionId, Guid? findingId, Guid? walkStepId) : base(id)
    {
        (Source, HallId, UnitId, InspectionId, FindingId, WalkStepId) = (source, hallId, unitId, inspectionId, findingId, walkStepId);
        Title = Check.NotBlank(title, "title", SupervisionConsts.MaxTitleLength);
        Requirement = Check.Optional(requirement, "requirement", SupervisionConsts.MaxNoteLength);
        ResponsiblePerson = Check.Optional(responsiblePerson, "responsiblePerson", SupervisionConsts.MaxPersonNameLength);
        (OpenedOn, DueOn) = (openedOn, dueOn < openedOn ? openedOn : dueOn);
        OpenedBy = openedBy;
        OpenedByName = Check.NotBlank(openedByName, "openedByName", SupervisionConsts.MaxPersonNameLength);
        State = LedgerState.Open;
    }

    public LedgerSource Source { get; private set; }
    public Guid HallId { get; private set; }

    /// <summary>The responsible unit 责任单位.</summary>
    public Guid UnitId { get; private set; }

    public Guid? InspectionId { get; private set; }
    public Guid? FindingId { get; private set; }
    public Guid? WalkStepId { get; private set; }
    public string Title { get; private set; } = "";

    /// <summary>整改要求 / 措施.</summary>
    public string? Requirement { get; private set; }

    /// <summary>责任人, as the unit names them.</summary>
    public string? ResponsiblePerson { get; private set; }

    public DateOnly OpenedOn { get; private set; }
    public DateOnly DueOn { get; private set; }
    public Guid OpenedBy { get; private set; }
    public string OpenedByName { get; private set; } = "";
    public LedgerState State { get; private set; }
    public DateTime? RectifiedAt { get; private set; }
    public DateOnly? RectifiedOn { get; private set; }
    public DateOnly? AcceptedOn { get; private set; }

    /// <summary>When the 回头看 re-check falls due (accepted + N days); null when none is pending.</summary>
    public DateOnly? RecheckDueOn { get; private set; }

    /// <summary>The mark of the last send-back (虚假整改 / 敷衍整改); it stays on the item for the record.</summary>
    public SendBackMark? LastMark { get; private set; }

    public int SentBackCount { get; private set; }
    public int ReopenedCount { get; private set; }

    /// <summary>The first day the item was past its deadline unrectified (the day after <see cref="DueOn"/>).</summary>
    public DateOnly? WentOverdueOn { get; private set; }

    /// <summary>The deadline a reminder was sent for (each deadline is reminded once).</summary>
    public DateOnly? RemindedForDueOn { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<LedgerProgress> Progress => _progress;
    public IReadOnlyList<LedgerReview> Reviews => _reviews;

    public static bool IsOpenState(LedgerState state) => state is LedgerState.Open or LedgerState.InProgress or LedgerState.SentBack;

    /// <summary>拖而不改 on <paramref name="today"/>: still to be rectified and past its deadline.</summary>
    public bool IsOverdue(DateOnly today) => IsOpenState(State) && today > DueOn;

    /// <summary>A staged report; <paramref name="final"/> says the rectification is done (→ rectified, waiting for review).</summary>
    public LedgerProgress ReportProgress(Guid progressId, string note, bool final, Guid by, string byName, DateTime at, DateOnly today)
    {
        Require(IsOpenState(State));
        var progress = new LedgerProgress(progressId, Id, Check.NotBlank(note, "note", SupervisionConsts.MaxNoteLength), final,
            by, Check.NotBlank(byName, "byName", SupervisionConsts.MaxPersonNameLength), at);
        _progress.Add(progress);
        if (final) (State, RectifiedAt, RectifiedOn) = (LedgerState.Rectified, at, today);
        else State = LedgerState.InProgress;
        if (final && today > DueOn) WentOverdueOn ??= DueOn.AddDays(1);
        Version++;
        return progress;
    }

    public void Accept(string? note, Guid by, string byName, DateTime at, DateOnly today, DateOnly recheckDueOn)
    {
        Require(State == LedgerState.Rectified);
        _reviews.Add(new LedgerReview(Guid.NewGuid(), Id, ReviewOutcome.Accepted, null, Check.Optional(note, "note", SupervisionConsts.MaxNoteLength), by, byName, at, null));
        (State, AcceptedOn, RecheckDueOn) = (LedgerState.Accepted, today, recheckDueOn);
        Version++;
    }

    /// <summary>Sent back with its mark and reason, to be rectified again by <paramref name="newDueOn"/>.</summary>
    public void SendBack(SendBackMark mark, string reason, Guid by, string byName, DateTime at, DateOnly newDueOn)
    {
        Require(State == LedgerState.Rectified);
        _reviews.Add(new LedgerReview(Guid.NewGuid(), Id, ReviewOutcome.SentBack, mark, Check.NotBlank(reason, "reason", SupervisionConsts.MaxNoteLength), by, byName, at, newDueOn));
        (State, LastMark, RectifiedAt, RectifiedOn) = (LedgerState.SentBack, mark, null, null);
        DueOn = newDueOn;
        SentBackCount++;
        Version++;
    }

    /// <summary>回头看: confirmed, or reopened (with a reason and a new deadline) when the problem is back.</summary>
    public void Recheck(bool reopen, string reason, Guid by, string byName, DateTime at, DateOnly today, DateOnly newDueOn)
    {
        Require(State == LedgerState.Accepted);
        if (RecheckDueOn is { } due && today < due)
            throw new BusinessException(SupervisionErrorCodes.LedgerNotDue, due.ToString("yyyy-MM-dd")) { Kind = ErrorKind.Conflict };
        var text = Check.NotBlank(reason, "reason", SupervisionConsts.MaxNoteLength);
        _reviews.Add(new LedgerReview(Guid.NewGuid(), Id, reopen ? ReviewOutcome.Reopened : ReviewOutcome.Confirmed, null, text, by, byName, at, reopen ? newDueOn : null));
        RecheckDueOn = null;
        if (reopen)
        {
            (State, RectifiedAt, RectifiedOn, AcceptedOn, DueOn) = (LedgerState.Open, null, null, null, newDueOn);
            ReopenedCount++;
        }
        Version++;
    }

    /// <summary>Stamps the first overdue day (idempotent: a job may run twice).</summary>
    public bool MarkOverdue(DateOnly today)
    {
        if (!IsOverdue(today) || WentOverdueOn is not null) return false;
        WentOverdueOn = DueOn.AddDays(1);
        return true;
    }

    /// <summary>Records that the reminder for the current deadline went out; false when it already had (each deadline once).</summary>
    public bool MarkReminded()
    {
        if (RemindedForDueOn == DueOn) return false;
        RemindedForDueOn = DueOn;
        return true;
    }

    private void Require(bool allowed)
    {
        if (!allowed) throw new BusinessException(SupervisionErrorCodes.LedgerWrongState, State) { Kind = ErrorKind.Conflict };
    }
}

/// <summary>A staged progress report of a ledger item, with its evidence files.</summary>
public sealed class LedgerProgress
{
    private readonly List<LedgerEvidence> _evidence = [];

    private LedgerProgress() { }

    public LedgerProgress(Guid id, Guid itemId, string note, bool final, Guid by, string byName, DateTime at) =>
        (Id, ItemId, Note, Final, By, ByName, At) = (id, itemId, note, final, by, byName, at);

    public Guid Id { get; private set; }
    public Guid ItemId { get; private set; }
    public string Note { get; private set; } = "";

    /// <summary>The report that says the rectification is done.</summary>
    public bool Final { get; private set; }

    public Guid By { get; private set; }
    public string ByName { get; private set; } = "";
    public DateTime At { get; private set; }
    public IReadOnlyList<LedgerEvidence> Evidence => _evidence;

    public void AddEvidence(Guid fileId, string fileName, long size, string contentType)
    {
        if (_evidence.Count >= SupervisionConsts.MaxEvidenceFiles)
            throw new BusinessException(CommonErrorCodes.TooManyItems, "evidence", SupervisionConsts.MaxEvidenceFiles);
        _evidence.Add(new LedgerEvidence(Id, fileId, Check.NotBlank(fileName, "fileName", SupervisionConsts.MaxNameLength), size, contentType));
    }
}

/// <summary>An evidence file of a progress report (photos re-encoded without EXIF; documents as sent).</summary>
public sealed class LedgerEvidence
{
    private LedgerEvidence() { }

    public LedgerEvidence(Guid progressId, Guid fileId, string fileName, long size, string contentType) =>
        (ProgressId, FileId, FileName, Size, ContentType) = (progressId, fileId, fileName, size, contentType);

    public Guid ProgressId { get; private set; }
    public Guid FileId { get; private set; }
    public string FileName { get; private set; } = "";
    public long Size { get; private set; }
    public string ContentType { get; private set; } = "";
}

/// <summary>A review of a ledger item: accepted, sent back (with its mark), or a 回头看 re-check's outcome.</summary>
public sealed class LedgerReview
{
    private LedgerReview() { }

    public LedgerReview(Guid id, Guid itemId, ReviewOutcome outcome, SendBackMark? mark, string? reason, Guid by, string byName, DateTime at, DateOnly? newDueOn) =>
        (Id, ItemId, Outcome, Mark, Reason, By, ByName, At, NewDueOn) = (id, itemId, outcome, mark, reason, by, byName, at, newDueOn);

    public Guid Id { get; private set; }
    public Guid ItemId { get; private set; }
    public ReviewOutcome Outcome { get; private set; }
    public SendBackMark? Mark { get; private set; }
    public string? Reason { get; private set; }
    public Guid By { get; private set; }
    public string ByName { get; private set; } = "";
    public DateTime At { get; private set; }
    public DateOnly? NewDueOn { get; private set; }
}
