using Training.SharedKernel.Domain;

namespace Training.Organization.Domain;

/// <summary>A 窗口 of a unit. Its hall is the unit's hall, kept here so scope filters need no join.</summary>
public sealed class Window : AggregateRoot
{
    private Window() { }

    public Window(Guid id, WindowUnit unit, string code, string name, WindowType type) : base(id)
    {
        HallId = unit.HallId;
        UnitId = unit.Id;
        Update(code, name, type, isActive: true);
    }

    public Guid HallId { get; private set; }
    public Guid UnitId { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public WindowType Type { get; private set; }
    public bool IsActive { get; private set; }

    public void Update(string code, string name, WindowType type, bool isActive)
    {
        Code = Check.NotBlank(code, "code", OrganizationConsts.MaxCodeLength);
        Name = Check.NotBlank(name, "name", OrganizationConsts.MaxNameLength);
        Type = type;
        IsActive = isActive;
    }

    /// <summary>Moves the window to another unit of the same hall.</summary>
    public void MoveToUnit(WindowUnit unit)
    {
        if (unit.HallId != HallId) throw new SharedKernel.Errors.BusinessException(OrganizationErrorCodes.UnknownReference, "unit", unit.Code);
        UnitId = unit.Id;
    }
}
