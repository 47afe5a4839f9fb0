namespace Training.Organization.Domain;

/// <summary>A person made lead (窗口负责人 / 首席事务代表) of a unit by an administrator; gives the WindowLead scope.</summary>
public sealed class UnitLead
{
    public Guid UnitId { get; set; }
    public Guid StaffId { get; set; }
}

/// <summary>A person who manages a hall (中心管理人员); gives the HallManager scope over it.</summary>
public sealed class HallManager
{
    public Guid HallId { get; set; }
    public Guid StaffId { get; set; }
}
