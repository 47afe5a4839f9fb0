using Training.SharedKernel.Domain;
using Training.SharedKernel.Errors;

namespace Training.Supervision.Domain;

/// <summary>
/// One version of a catalogue item (a violation or a commendation) with its default points for a person and for a
/// window unit. Editing an item writes its next version and retires the one before (<see cref="IsCurrent"/> false), so a
/// finding keeps the words and points it was recorded with. Rows are never deleted; an item no longer in use is
/// <see cref="IsRetired"/> (its current version stays for the record).
/// </summary>
public sealed class CatalogueItem : AggregateRoot
{
    private CatalogueItem() { }

    public CatalogueItem(Guid id, string code, int version, CatalogueKind kind, CatalogueCategory category, string nameZh,
        string nameEn, string? description, double personPoints, double unitPoints, int sortOrder) : base(id)
    {
        Code = Check.NotBlank(code, "code", SupervisionConsts.MaxCodeLength);
        Version = version;
        if (KindOf(category) != kind)
            throw new BusinessException(SupervisionErrorCodes.CategoryNotOfKind, category, kind);
        (Kind, Category) = (kind, category);
        NameZh = Check.NotBlank(nameZh, "nameZh", SupervisionConsts.MaxNameLength);
        NameEn = Check.NotBlank(nameEn, "nameEn", SupervisionConsts.MaxNameLength);
        Description = Check.Optional(description, "description", SupervisionConsts.MaxNoteLength);
        PersonPoints = Points(personPoints, "personPoints");
        UnitPoints = Points(unitPoints, "unitPoints");
        SortOrder = sortOrder;
        IsCurrent = true;
    }

    /// <summary>Stable across versions (e.g. <c>GZJL-01</c>).</summary>
    public string Code { get; private set; } = "";
    public int Version { get; private set; }
    public CatalogueKind Kind { get; private set; }
    public CatalogueCategory Category { get; private set; }
    public string NameZh { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public string? Description { get; private set; }

    /// <summary>Points for a person (positive; a violation's are taken off, a commendation's added).</summary>
    public double PersonPoints { get; private set; }

    /// <summary>Points for the window unit.</summary>
    public double UnitPoints { get; private set; }

    public int SortOrder { get; private set; }
    public bool IsCurrent { get; private set; }
    public bool IsRetired { get; private set; }

    /// <summary>The next version with new words or points; this one stops being current.</summary>
    public CatalogueItem Revise(Guid id, CatalogueCategory category, string nameZh, string nameEn, string? description,
        double personPoints, double unitPoints, int sortOrder)
    {
        IsCurrent = false;
        return new CatalogueItem(id, Code, Version + 1, Kind, category, nameZh, nameEn, description, personPoints, unitPoints, sortOrder);
    }

    public void Retire() => IsRetired = true;

    public void Restore() => IsRetired = false;

    public static CatalogueKind KindOf(CatalogueCategory category) =>
        category >= CatalogueCategory.Banner ? CatalogueKind.Commendation : CatalogueKind.Violation;

    private static double Points(double value, string field) =>
        double.IsFinite(value) && value is >= 0 and <= SupervisionConsts.MaxPoints
            ? Math.Round(value, 2)
            : throw new BusinessException(CommonErrorCodes.OutOfRange, field, 0, SupervisionConsts.MaxPoints);
}
