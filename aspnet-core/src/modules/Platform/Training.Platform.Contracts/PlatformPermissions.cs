using Training.SharedKernel.Authorization;

namespace Training.Platform;

public static class PlatformPermissions
{
    public static class Home
    {
        /// <summary>One's own home page: to-dos and figures from every module, within one's own scope.</summary>
        public const string Default = "Platform.Home";
    }

    public static class Settings
    {
        public const string Default = "Platform.Settings";
        public const string Manage = "Platform.Settings.Manage";
    }

    public static class Notifications
    {
        /// <summary>One's own inbox.</summary>
        public const string Default = "Platform.Notifications";
    }

    public static class AuditLogs
    {
        public const string Default = "Platform.AuditLogs";
    }

    public static class BackgroundJobs
    {
        public const string Dashboard = "Platform.BackgroundJobs";
    }
}

public sealed class PlatformPermissionDefinitions : IPermissionDefinitionProvider
{
    public IEnumerable<PermissionDefinition> Define() =>
    [
        new(PlatformPermissions.Home.Default, "首页待办与数据", "Home page: to-dos and figures", RoleNames.All),
        new(PlatformPermissions.Settings.Default, "查看系统设置", "View settings", RoleNames.Admin, RoleNames.HallManager),
        new(PlatformPermissions.Settings.Manage, "修改系统设置", "Change settings", RoleNames.Admin),
        new(PlatformPermissions.Notifications.Default, "我的消息", "My notifications", RoleNames.All),
        new(PlatformPermissions.AuditLogs.Default, "查看操作日志", "View the audit log", RoleNames.Admin),
        new(PlatformPermissions.BackgroundJobs.Dashboard, "后台任务面板", "Background jobs dashboard", RoleNames.Admin),
    ];
}
