using Training.SharedKernel.Domain;
using Training.SharedKernel.Errors;

namespace Training.Organization.Domain;

/// <summary>A 窗口单位: a department stationed in a hall, or the hall's own comprehensive windows.</summary>
public sealed class WindowUnit : AggregateRoot
{
    private WindowUnit() { }

    public WindowUnit(Guid id, Guid hallId, string code, string name, UnitKind kind, Guid? departmentId) : base(id)
    {
        HallId = hallId;
        Update(code, name, kind, departmentId, isActive: true);
    }

    public Guid HallId { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public UnitKind Kind { get; private set; }
    public Guid? DepartmentId { get; private set; }
    public bool IsActive { get; private set; }

    public void Update(string code, string name, UnitKind kind, Guid? departmentId, bool isActive)
    {
        if (kind == UnitKind.StationedDepartment && departmentId is null)
            throw new BusinessException(OrganizationErrorCodes.DepartmentRequiredForStationedUnit);
        Code = Check.NotBlank(code, "code", OrganizationConsts.MaxCodeLength);
        Name = Check.NotBlank(name, "name", OrganizationConsts.MaxNameLength);
        Kind = kind;
        DepartmentId = kind == UnitKind.StationedDepartment ? departmentId : null;
        IsActive = isActive;
    }
}
