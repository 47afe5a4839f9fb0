using Training.SharedKernel.Authorization;

namespace Training.Organization;

public static class OrganizationPermissions
{
    public static class Structure
    {
        public const string Default = "Organization.Structure";
        public const string Manage = "Organization.Structure.Manage";
    }

    public static class Staff
    {
        public const string Default = "Organization.Staff";
        public const string Manage = "Organization.Staff.Manage";
        public const string Import = "Organization.Staff.Import";
    }

    public static class Assignments
    {
        public const string Manage = "Organization.Assignments.Manage";
    }

    public static class Leads
    {
        public const string Manage = "Organization.Leads.Manage";
    }

    /// <summary>AB backups 岗位AB角 of window posts.</summary>
    public static class Backups
    {
        public const string Default = "Organization.Backups";
        public const string Manage = "Organization.Backups.Manage";
    }

    public static class Calendar
    {
        public const string Default = "Organization.Calendar";
        public const string Manage = "Organization.Calendar.Manage";
    }
}

public sealed class OrganizationPermissionDefinitions : IPermissionDefinitionProvider
{
    private static readonly string[] Everyone = RoleNames.All;

    public IEnumerable<PermissionDefinition> Define() =>
    [
        new(OrganizationPermissions.Structure.Default, "查看组织机构", "View the organisation", Everyone),
        new(OrganizationPermissions.Structure.Manage, "管理组织机构", "Manage the organisation", RoleNames.Admin),
        new(OrganizationPermissions.Staff.Default, "查看人员（按数据范围）", "View staff (within scope)", Everyone),
        new(OrganizationPermissions.Staff.Manage, "管理人员", "Manage staff", RoleNames.Admin, RoleNames.HallManager),
        new(OrganizationPermissions.Staff.Import, "导入人员", "Import staff", RoleNames.Admin),
        new(OrganizationPermissions.Assignments.Manage, "窗口调配", "Assign staff to windows", RoleNames.Admin, RoleNames.HallManager),
        new(OrganizationPermissions.Leads.Manage, "设置负责人", "Set unit leads and hall managers", RoleNames.Admin),
        new(OrganizationPermissions.Backups.Default, "查看岗位AB角（按数据范围）", "View post backups (within scope)",
            RoleNames.Admin, RoleNames.HallManager, RoleNames.WindowLead, RoleNames.HR),
        new(OrganizationPermissions.Backups.Manage, "设置岗位AB角", "Set post backups", RoleNames.Admin, RoleNames.HallManager, RoleNames.WindowLead),
        new(OrganizationPermissions.Calendar.Default, "查看工作日历", "View the work calendar", Everyone),
        new(OrganizationPermissions.Calendar.Manage, "导入工作日历", "Import the work calendar", RoleNames.Admin),
    ];
}
