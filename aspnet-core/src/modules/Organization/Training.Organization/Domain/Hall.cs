using Training.SharedKernel.Domain;

namespace Training.Organization.Domain;

/// <summary>A 政务服务中心, sub-centre or township centre. Halls form a tree through <see cref="ParentId"/>.</summary>
public sealed class Hall : AggregateRoot
{
    private Hall() { }

    public Hall(Guid id, string code, string name, HallKind kind, Guid? parentId) : base(id)
    {
        Update(code, name, kind, parentId, isActive: true);
    }

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public HallKind Kind { get; private set; }
    public Guid? ParentId { get; private set; }
    public bool IsActive { get; private set; }

    /// <summary>Business dates (attendance day, appraisal period) are local dates in this zone.</summary>
    public string TimeZone { get; private set; } = OrganizationConsts.DefaultTimeZone;

    public void Update(string code, string name, HallKind kind, Guid? parentId, bool isActive)
    {
        Code = Check.NotBlank(code, "code", OrganizationConsts.MaxCodeLength);
        Name = Check.NotBlank(name, "name", OrganizationConsts.MaxNameLength);
        Kind = kind;
        if (parentId == Id) throw new SharedKernel.Errors.BusinessException(OrganizationErrorCodes.HallParentCycle);
        ParentId = parentId;
        IsActive = isActive;
    }
}
