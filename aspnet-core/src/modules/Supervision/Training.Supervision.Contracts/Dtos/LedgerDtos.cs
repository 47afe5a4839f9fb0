using System.ComponentModel.DataAnnotations;
using Training.SharedKernel.Paging;

namespace Training.Supervision;

/// <summary>
/// The ledger board's filters. <c>States</c> lists the states wanted (any of them); <c>Overdue</c> keeps 拖而不改 items
/// (open, in progress or sent back, past their deadline today). <c>Filter</c> searches the title, the requirement and the
/// responsible person. Sorting: <c>dueOn</c> (default), <c>openedOn</c>, <c>state</c>, <c>title</c>, <c>rectifiedOn</c>,
/// <c>recheckDueOn</c>.
/// </summary>
public sealed record LedgerListInput : PagedRequest
{
    public Guid? HallId { get; init; }
    public Guid? UnitId { get; init; }

    [MaxLength(5)]
    public LedgerState[]? States { get; init; }

    public LedgerSource? Source { get; init; }
    public bool? Overdue { get; init; }
    public SendBackMark? Mark { get; init; }
    public DateOnly? DueFrom { get; init; }
    public DateOnly? DueTo { get; init; }
    public DateOnly? OpenedFrom { get; init; }
    public DateOnly? OpenedTo { get; init; }

    [StringLength(MaxFilterLength)]
    public string? Filter { get; init; }
}

/// <summary>
/// One row of the board. <c>WorkingDaysLeft</c> counts working days from today to the deadline (0 on the day itself);
/// when <c>Overdue</c> it is negative: the working days past the deadline. Null for items no longer to be rectified.
/// </summary>
public sealed record LedgerRowDto(
    Guid Id, Guid HallId, Guid UnitId, string UnitName, LedgerSource Source, string Title, string? ResponsiblePerson,
    DateOnly OpenedOn, DateOnly DueOn, LedgerState State, bool Overdue, int? WorkingDaysLeft, SendBackMark? LastMark,
    int SentBackCount, int ReopenedCount, int ProgressCount, DateOnly? RectifiedOn, DateOnly? RecheckDueOn, int Version);

/// <summary>
/// The board's header chips, over the same filters as the rows except the states and the overdue flag: items per state,
/// 拖而不改 items, and 回头看 re-checks due today.
/// </summary>
public sealed record LedgerCountsDto(int Open, int InProgress, int Rectified, int Accepted, int SentBack, int Overdue, int RecheckDue);

/// <summary>A page of the board and its header counts.</summary>
public sealed record LedgerBoardDto(int TotalCount, IReadOnlyList<LedgerRowDto> Items, LedgerCountsDto Counts);

/// <summary>
/// Where an item came from: a finding (its catalogue item, target and date), a walk-through's step (its order and
/// description), or the unit's own self-check (none of these).
/// </summary>
public sealed record LedgerOriginDto(
    Guid? InspectionId, InspectionKind? InspectionKind, string? InspectionTitle, DateOnly? InspectionDate, WalkMode? WalkMode,
    Guid? FindingId, string? ItemCode, string? ItemNameZh, string? ItemNameEn, CatalogueCategory? Category,
    FindingTarget? Target, string? WindowName, string? StaffName, DateOnly? FindingDate, string? FindingNote,
    Guid? WalkStepId, int? StepOrder, string? StepDescription);

public sealed record LedgerEvidenceDto(Guid FileId, string FileName, long Size, string ContentType);

public sealed record LedgerProgressDto(Guid Id, string Note, bool Final, string ByName, DateTime At, IReadOnlyList<LedgerEvidenceDto> Evidence);

public sealed record LedgerReviewDto(Guid Id, ReviewOutcome Outcome, SendBackMark? Mark, string? Reason, string ByName, DateTime At, DateOnly? NewDueOn);

/// <summary>What the caller may do with the item now (the buttons the page shows).</summary>
public sealed record LedgerActionsDto(bool ReportProgress, bool Accept, bool SendBack, bool Recheck);

/// <summary>An item in full: the row, its requirement, origin, progress reports with evidence, reviews and the caller's actions.</summary>
public sealed record LedgerDetailDto(
    LedgerRowDto Item, string? Requirement, string OpenedByName, DateTime? RectifiedAt, DateOnly? AcceptedOn,
    DateOnly? WentOverdueOn, LedgerOriginDto Origin, IReadOnlyList<LedgerProgressDto> Progress,
    IReadOnlyList<LedgerReviewDto> Reviews, LedgerActionsDto Actions);

/// <summary>
/// A self-check item 对照自查 of a unit (its lead for their own unit, a manager for any unit of their hall). Without
/// <c>DueOn</c> the hall's rectification working days apply; 立行立改 may set today.
/// </summary>
public sealed record CreateSelfCheckInput(
    Guid UnitId,
    [property: Required, StringLength(SupervisionConsts.MaxTitleLength)] string Title,
    [property: StringLength(SupervisionConsts.MaxNoteLength)] string? Requirement,
    [property: StringLength(SupervisionConsts.MaxPersonNameLength)] string? ResponsiblePerson,
    DateOnly? DueOn);

/// <summary>Accepts a rectified item; its 回头看 re-check falls due <c>Supervision.RecheckDays</c> days later.</summary>
public sealed record AcceptLedgerInput(
    [property: Range(0, int.MaxValue)] int Version,
    [property: StringLength(SupervisionConsts.MaxNoteLength)] string? Note);

/// <summary>
/// Sends a rectified item back marked 虚假整改 or 敷衍整改, with a reason of at least <c>Supervision.ReasonMinLength</c>
/// characters; without <c>DueOn</c> the new deadline is the hall's rectification working days from today.
/// </summary>
public sealed record SendBackLedgerInput(
    [property: Range(0, int.MaxValue)] int Version,
    SendBackMark Mark,
    [property: Required, StringLength(SupervisionConsts.MaxNoteLength)] string Reason,
    DateOnly? DueOn);

/// <summary>回头看 once due: confirmed, or reopened with a reason and a new deadline (default as for a send-back).</summary>
public sealed record RecheckLedgerInput(
    [property: Range(0, int.MaxValue)] int Version,
    bool Reopen,
    [property: Required, StringLength(SupervisionConsts.MaxNoteLength)] string Reason,
    DateOnly? DueOn);
