using System.ComponentModel.DataAnnotations;
using Training.SharedKernel.Paging;

namespace Training.Supervision;

/// <summary>A row of the inspection list.</summary>
public sealed record InspectionSummaryDto(
    Guid Id, InspectionKind Kind, WalkMode? WalkMode, DateOnly Date, Guid HallId, string HallName, string Title,
    IReadOnlyList<string> InspectorNames, int FindingCount, int Version);

/// <summary>An inspection with its inspectors, places (named), walk steps, findings and the ledger items it opened.</summary>
public sealed record InspectionDto(
    Guid Id, InspectionKind Kind, WalkMode? WalkMode, BackwardSource? BackwardSource, string? SourceReference, DateOnly Date,
    Guid HallId, string HallName, string Title, string? Summary,
    IReadOnlyList<InspectorDto> Inspectors, IReadOnlyList<InspectionPlaceDto> Places, IReadOnlyList<WalkStepDto> Steps,
    IReadOnlyList<FindingDto> Findings, IReadOnlyList<InspectionLedgerItemDto> LedgerItems, int Version);

public sealed record InspectorDto(Guid UserId, Guid? StaffId, string Name);

public sealed record InspectionPlaceDto(Guid HallId, string HallName, Guid? UnitId, string? UnitName, Guid? WindowId, string? WindowCode,
    string? WindowName);

public sealed record WalkStepDto(Guid Id, int Order, string Description, StepChannel Channel, int Minutes, bool Stalled, string? StallNote,
    Guid? UnitId, string? UnitName, Guid? WindowId, string? WindowName);

/// <summary>A ledger item an inspection's finding or walk step opened, in summary (the ledger board has the rest).</summary>
public sealed record InspectionLedgerItemDto(Guid Id, LedgerSource Source, Guid UnitId, string UnitName, string Title, LedgerState State,
    DateOnly DueOn, Guid? FindingId, Guid? WalkStepId);

/// <summary>Inspections in the caller's scope. Sorting: <c>date</c> (default newest first), <c>kind</c>, <c>title</c>.</summary>
public sealed record InspectionListInput : PagedRequest
{
    public Guid? HallId { get; init; }
    public InspectionKind? Kind { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }

    /// <summary>Only those the caller is an inspector of.</summary>
    public bool? Mine { get; init; }
}

/// <summary>A hall, unit or window visited; the hall defaults to the inspection's, the unit to the window's.</summary>
public sealed record InspectionPlaceInput(Guid? HallId, Guid? UnitId, Guid? WindowId);

/// <summary>
/// A new inspection in a hall of the caller's scope. A walk-through names its mode; a 倒推 one its starting point (a
/// bad rating's id or a 12345 number in <see cref="SourceReference"/>). Inspectors are people with a sign-in (by staff
/// id); none given means the caller. The same <see cref="ClientKey"/> again returns the inspection made the first time.
/// </summary>
public sealed record CreateInspectionInput(
    InspectionKind Kind,
    DateOnly Date,
    Guid HallId,
    [property: Required, StringLength(SupervisionConsts.MaxTitleLength)] string Title,
    [property: StringLength(SupervisionConsts.MaxNoteLength)] string? Summary = null,
    WalkMode? WalkMode = null,
    BackwardSource? BackwardSource = null,
    [property: StringLength(SupervisionConsts.MaxSourceReferenceLength)] string? SourceReference = null,
    [property: MaxLength(SupervisionConsts.MaxInspectors)] IReadOnlyList<Guid>? InspectorStaffIds = null,
    [property: MaxLength(SupervisionConsts.MaxPlaces)] IReadOnlyList<InspectionPlaceInput>? Places = null,
    Guid? ClientKey = null);

/// <summary>
/// New words and date; inspectors and places when given (left out, they stay); <see cref="Version"/> from the detail
/// (409 when stale).
/// </summary>
public sealed record UpdateInspectionInput(
    [property: Range(0, int.MaxValue)] int Version,
    DateOnly Date,
    [property: Required, StringLength(SupervisionConsts.MaxTitleLength)] string Title,
    [property: StringLength(SupervisionConsts.MaxNoteLength)] string? Summary = null,
    [property: MaxLength(SupervisionConsts.MaxInspectors)] IReadOnlyList<Guid>? InspectorStaffIds = null,
    [property: MaxLength(SupervisionConsts.MaxPlaces)] IReadOnlyList<InspectionPlaceInput>? Places = null);

/// <summary>One walked step; a stalled step says why. A step saved before keeps its <see cref="Id"/> (improvement items name it).</summary>
public sealed record WalkStepInput(
    [property: Required, StringLength(SupervisionConsts.MaxNoteLength)] string Description,
    StepChannel Channel,
    [property: Range(0, 60 * 24 * 30)] int Minutes,
    bool Stalled = false,
    [property: StringLength(SupervisionConsts.MaxNoteLength)] string? StallNote = null,
    Guid? UnitId = null,
    Guid? WindowId = null,
    Guid? Id = null);

/// <summary>The walk-through's steps, in order, replacing those recorded before; <see cref="Version"/> as for an update.</summary>
public sealed record SaveWalkStepsInput(
    [property: Range(0, int.MaxValue)] int Version,
    [property: Required, MaxLength(SupervisionConsts.MaxSteps)] IReadOnlyList<WalkStepInput> Steps);

/// <summary>An improvement item of a walk-through: a ledger item for the unit (the hall's deadline unless one is given).</summary>
public sealed record AddImprovementInput(
    Guid UnitId,
    [property: Required, StringLength(SupervisionConsts.MaxTitleLength)] string Title,
    [property: StringLength(SupervisionConsts.MaxNoteLength)] string? Requirement = null,
    Guid? WalkStepId = null,
    DateOnly? DueOn = null);

/// <summary>The phone entry's pick list: a hall's units and windows, with the people at each window now.</summary>
public sealed record TargetsDto(Guid HallId, string HallName, IReadOnlyList<TargetUnitDto> Units);

public sealed record TargetUnitDto(Guid Id, string Code, string Name, IReadOnlyList<TargetWindowDto> Windows, IReadOnlyList<TargetPersonDto> People);

public sealed record TargetWindowDto(Guid Id, string Code, string Name, IReadOnlyList<TargetPersonDto> People);

public sealed record TargetPersonDto(Guid StaffId, string StaffNumber, string Name);

public sealed record TargetsInput
{
    public Guid HallId { get; init; }
}
