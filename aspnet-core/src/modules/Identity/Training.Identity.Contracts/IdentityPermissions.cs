using Training.SharedKernel.Authorization;

namespace Training.Identity;

public static class IdentityPermissions
{
    public static class Users
    {
        public const string Default = "Identity.Users";
        public const string Manage = "Identity.Users.Manage";
        public const string ResetPassword = "Identity.Users.ResetPassword";
    }

    public static class Roles
    {
        public const string Default = "Identity.Roles";
        public const string ManagePermissions = "Identity.Roles.ManagePermissions";
    }

    public static class DeviceKeys
    {
        public const string Default = "Identity.DeviceKeys";
        public const string Manage = "Identity.DeviceKeys.Manage";
    }

    /// <summary>Held by a device signed in with its key (clock-in terminals, rating pads), never by a role.</summary>
    public static class Devices
    {
        public const string Report = "Identity.Devices.Report";
    }
}

public sealed class IdentityPermissionDefinitions : IPermissionDefinitionProvider
{
    public IEnumerable<PermissionDefinition> Define() =>
    [
        new(IdentityPermissions.Users.Default, "查看用户", "View users", RoleNames.Admin),
        new(IdentityPermissions.Users.Manage, "管理用户", "Manage users", RoleNames.Admin),
        new(IdentityPermissions.Users.ResetPassword, "重置密码", "Reset passwords", RoleNames.Admin),
        new(IdentityPermissions.Roles.Default, "查看角色", "View roles", RoleNames.Admin),
        new(IdentityPermissions.Roles.ManagePermissions, "分配权限", "Grant permissions", RoleNames.Admin),
        new(IdentityPermissions.DeviceKeys.Default, "查看设备密钥", "View device keys", RoleNames.Admin),
        new(IdentityPermissions.DeviceKeys.Manage, "管理设备密钥", "Manage device keys", RoleNames.Admin),
        new(IdentityPermissions.Devices.Report, "设备上报", "Device reporting") { ForDevices = true },
    ];
}
