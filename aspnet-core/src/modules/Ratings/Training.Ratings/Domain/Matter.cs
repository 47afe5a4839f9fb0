using Training.SharedKernel.Domain;

namespace Training.Ratings.Domain;

/// <summary>A matter 事项 handled at a hall's window unit (code unique in the hall), as the hall's catalogue lists it.</summary>
public sealed class Matter : Entity
{
    private Matter() { }

    public Matter(Guid id, Guid hallId, Guid unitId, string code, string name, string? department) : base(id)
    {
        HallId = hallId;
        Code = Check.NotBlank(code, "code", RatingsConsts.MaxCodeLength);
        IsActive = true;
        Update(unitId, name, department);
    }

    public Guid HallId { get; private set; }
    public Guid UnitId { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";

    /// <summary>The department 部门 whose matter it is (the unit at the window may serve several).</summary>
    public string? Department { get; private set; }

    public bool IsActive { get; private set; }

    /// <summary>Answers whether anything changed (an import counts updated and unchanged rows).</summary>
    public bool Update(Guid unitId, string name, string? department)
    {
        var newName = Check.NotBlank(name, "name", RatingsConsts.MaxNameLength);
        var newDepartment = Check.Optional(department, "department", RatingsConsts.MaxNameLength);
        var changed = UnitId != unitId || Name != newName || Department != newDepartment || !IsActive;
        (UnitId, Name, Department, IsActive) = (unitId, newName, newDepartment, true);
        return changed;
    }

    public void Deactivate() => IsActive = false;
}
