namespace Training.Supervision;

/// <summary>
/// Supervision facts for other modules (appraisals, HR evidence, the 办不成事 desk): set-based, one call for many people
/// or units and a date range (both dates included, by the finding's date). No data scope is applied: callers check theirs.
/// Counting: a finding counts while <see cref="FindingState.Recorded"/> or <see cref="FindingState.Upheld"/>; disputed
/// it does not count (until decided), withdrawn never. Points are the catalogue version's points the finding was
/// recorded with (a person's points for a person, a unit's points for a unit: a finding against a person counts for
/// their unit too), always positive: violations take off, commendations add — the appraisal scheme decides how much.
/// </summary>
public interface ISupervisionIntegrationService
{
    Task<IReadOnlyList<ConductFacts>> GetByStaffAsync(IReadOnlyCollection<Guid> staffIds, DateOnly from, DateOnly to,
        CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ConductFacts>> GetByUnitsAsync(IReadOnlyCollection<Guid> unitIds, DateOnly from, DateOnly to,
        CancellationToken cancellationToken = default);

    /// <summary>The records behind people's or units' facts, to explain a score: findings (counted or not, with their state) and ledger items.</summary>
    Task<IReadOnlyList<ConductSource>> GetSourcesAsync(IReadOnlyCollection<Guid> targetIds, DateOnly from, DateOnly to,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens a 投诉核查 inspection for a complaint (the 办不成事 desk sends its non-standard-service cases here); its
    /// outcome is findings recorded by the inspectors. Idempotent by <see cref="ComplaintCheckRequest.SourceReference"/>:
    /// the same complaint twice answers the same inspection.
    /// </summary>
    Task<Guid> OpenComplaintCheckAsync(ComplaintCheckRequest request, CancellationToken cancellationToken = default);
}

/// <summary>
/// The facts of one person or unit (every id asked is answered, zeros without data). <see cref="ByCategory"/>: counted
/// findings per category with their points. Upheld: findings that were disputed and upheld; Disputed: waiting for a
/// decision now (not counted). Ledger: items (of the unit, or opened from findings against the person) past their
/// deadline unrectified today (拖而不改), and items sent back in the range (虚假整改 / 敷衍整改).
/// </summary>
public sealed record ConductFacts(
    Guid Id, IReadOnlyList<CategoryPoints> ByCategory, int Violations, double ViolationPoints, int Commendations,
    double CommendationPoints, int Upheld, int Disputed, int Withdrawn, int LedgerOverdue, int LedgerSentBackFalse,
    int LedgerSentBackPerfunctory);

public sealed record CategoryPoints(CatalogueCategory Category, int Count, double Points);

public enum ConductSourceKind
{
    Finding = 0,
    LedgerItem = 1,
}

/// <summary>
/// One record behind a target's facts: a finding (its catalogue item and version, points for this target, state,
/// <see cref="Counted"/>) or a ledger item (its state, deadline, mark when sent back).
/// </summary>
public sealed record ConductSource(
    Guid TargetId, ConductSourceKind Kind, Guid Id, DateOnly Date, CatalogueCategory? Category, string? ItemCode,
    int? ItemVersion, string Title, double Points, bool Counted, FindingState? FindingState, LedgerState? LedgerState,
    DateOnly? DueOn, SendBackMark? Mark);

/// <summary>A complaint to check: where, about whom (optional), what, and the complaint's own reference (idempotency key).</summary>
public sealed record ComplaintCheckRequest(
    Guid HallId, Guid? UnitId, Guid? WindowId, Guid? StaffId, string SourceReference, string Summary, DateOnly Date);
