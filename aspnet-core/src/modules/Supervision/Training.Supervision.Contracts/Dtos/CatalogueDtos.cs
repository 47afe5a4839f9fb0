using System.ComponentModel.DataAnnotations;

namespace Training.Supervision;

/// <summary>One version of a catalogue item; the list shows the current versions, an item's history all of them.</summary>
public sealed record CatalogueItemDto(
    Guid Id, string Code, int Version, CatalogueKind Kind, CatalogueCategory Category, string NameZh, string NameEn,
    string? Description, double PersonPoints, double UnitPoints, int SortOrder, bool IsCurrent, bool IsRetired);

/// <summary>The current catalogue (a short reference list, not paged), sorted by category then sort order.</summary>
public sealed record CatalogueListInput
{
    public CatalogueKind? Kind { get; init; }
    public CatalogueCategory? Category { get; init; }

    /// <summary>Retired items too (the catalogue admin); the phone entry leaves them out.</summary>
    public bool? IncludeRetired { get; init; }
}

/// <summary>A new item; its kind follows from its category, its code is set once (e.g. <c>GZJL-04</c>).</summary>
public sealed record CreateCatalogueItemInput(
    [property: Required, StringLength(SupervisionConsts.MaxCodeLength), RegularExpression("^[A-Z][A-Z0-9-]*$")] string Code,
    CatalogueCategory Category,
    [property: Required, StringLength(SupervisionConsts.MaxNameLength)] string NameZh,
    [property: Required, StringLength(SupervisionConsts.MaxNameLength)] string NameEn,
    [property: StringLength(SupervisionConsts.MaxNoteLength)] string? Description,
    [property: Range(0, SupervisionConsts.MaxPoints)] double PersonPoints,
    [property: Range(0, SupervisionConsts.MaxPoints)] double UnitPoints,
    [property: Range(0, 10_000)] int SortOrder = 0);

/// <summary>
/// The next version of an item (findings keep theirs). <see cref="Version"/> is the current version's number: a stale
/// one (someone revised it meanwhile) answers 409.
/// </summary>
public sealed record ReviseCatalogueItemInput(
    [property: Range(1, int.MaxValue)] int Version,
    CatalogueCategory Category,
    [property: Required, StringLength(SupervisionConsts.MaxNameLength)] string NameZh,
    [property: Required, StringLength(SupervisionConsts.MaxNameLength)] string NameEn,
    [property: StringLength(SupervisionConsts.MaxNoteLength)] string? Description,
    [property: Range(0, SupervisionConsts.MaxPoints)] double PersonPoints,
    [property: Range(0, SupervisionConsts.MaxPoints)] double UnitPoints,
    [property: Range(0, 10_000)] int SortOrder = 0);
