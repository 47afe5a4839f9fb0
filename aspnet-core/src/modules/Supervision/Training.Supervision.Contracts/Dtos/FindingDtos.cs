using System.ComponentModel.DataAnnotations;
using Training.SharedKernel.Paging;

namespace Training.Supervision;

/// <summary>
/// A finding or commendation with the catalogue version it was recorded with, whom it is about (named), its photos,
/// dispute and decision, and the ledger item it opened.
/// </summary>
public sealed record FindingDto(
    Guid Id, Guid InspectionId, InspectionKind InspectionKind, string InspectionTitle,
    Guid CatalogueItemId, string ItemCode, int ItemVersion, string ItemNameZh, string ItemNameEn, CatalogueKind Kind, CatalogueCategory Category,
    double PersonPoints, double UnitPoints, FindingTarget Target,
    Guid HallId, string HallName, Guid UnitId, string UnitName, Guid? WindowId, string? WindowCode, string? WindowName,
    Guid? StaffId, string? StaffNumber, string? StaffName,
    DateOnly Date, string? Note, string RecordedByName, DateTime RecordedAt, DateOnly DisputeUntil, FindingState State,
    string? DisputeReason, string? DisputedByName, DateTime? DisputedAt,
    string? DecisionReason, string? DecidedByName, DateTime? DecidedAt,
    IReadOnlyList<FindingPhotoDto> Photos, Guid? LedgerItemId, int Version);

public sealed record FindingPhotoDto(Guid FileId, string FileName, long Size, int Width, int Height);

/// <summary>Findings in the caller's scope. Sorting: <c>date</c> (default newest first), <c>recordedAt</c>, <c>category</c>, <c>state</c>.</summary>
public sealed record FindingListInput : PagedRequest
{
    public Guid? HallId { get; init; }
    public Guid? UnitId { get; init; }
    public Guid? WindowId { get; init; }
    public Guid? StaffId { get; init; }
    public Guid? InspectionId { get; init; }
    public CatalogueCategory? Category { get; init; }
    public CatalogueKind? Kind { get; init; }
    public FindingState? State { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
}

/// <summary>The caller's own findings and commendations. Sorting as <see cref="FindingListInput"/>.</summary>
public sealed record MyFindingListInput : PagedRequest
{
    public CatalogueKind? Kind { get; init; }
    public FindingState? State { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
}

/// <summary>The phone's quick path: the caller's inspection of this kind, day and hall (made when there is none).</summary>
public sealed record QuickInspectionInput(InspectionKind Kind, DateOnly Date, Guid HallId);

/// <summary>
/// A finding: in an inspection (its id, or <see cref="Inspection"/> for the quick path), about a person (their unit
/// and window now) or a window, against a current catalogue item; the date defaults to the inspection's. A violation
/// opens a ledger item for the unit unless <see cref="OpenLedger"/> is false. The same <see cref="ClientKey"/> again
/// returns the finding recorded the first time (a phone's draft sent twice).
/// </summary>
public sealed record RecordFindingInput(
    FindingTarget Target,
    Guid CatalogueItemId,
    Guid? InspectionId = null,
    QuickInspectionInput? Inspection = null,
    Guid? StaffId = null,
    Guid? WindowId = null,
    DateOnly? Date = null,
    [property: StringLength(SupervisionConsts.MaxNoteLength)] string? Note = null,
    bool? OpenLedger = null,
    Guid? ClientKey = null);

/// <summary>A dispute by the person or the lead of their unit, once, within the deadline; <see cref="Version"/> from the detail.</summary>
public sealed record DisputeFindingInput(
    [property: Range(0, int.MaxValue)] int Version,
    [property: Required, StringLength(SupervisionConsts.MaxNoteLength)] string Reason);

/// <summary>The hall manager upholds (it counts from its date) or withdraws it (it never counts), with a reason.</summary>
public sealed record DecideFindingInput(
    [property: Range(0, int.MaxValue)] int Version,
    bool Uphold,
    [property: Required, StringLength(SupervisionConsts.MaxNoteLength)] string Reason);
