using Training.SharedKernel.Authorization;

namespace Training.Bulletins;

/// <summary>Bulletins's permissions: one class per module, nested by feature; the web app's constants are generated from them.</summary>
public static class BulletinsPermissions
{
    public static class Bulletins
    {
        /// <summary>Read the published bulletins of one's scope (managers also see drafts).</summary>
        public const string Default = "Bulletins.Bulletins";
        /// <summary>Generate drafts, discard them, set the schedules.</summary>
        public const string Manage = "Bulletins.Bulletins.Manage";
        /// <summary>Publish a draft (it takes the series' next number) and withdraw a published bulletin.</summary>
        public const string Publish = "Bulletins.Bulletins.Publish";
    }
}

public sealed class BulletinsPermissionDefinitions : IPermissionDefinitionProvider
{
    public IEnumerable<PermissionDefinition> Define() =>
    [
        new(BulletinsPermissions.Bulletins.Default, "查看通报", "View bulletins",
            RoleNames.Admin, RoleNames.HallManager, RoleNames.WindowLead, RoleNames.Staff, RoleNames.HR, RoleNames.AttendanceClerk),
        new(BulletinsPermissions.Bulletins.Manage, "生成通报草稿和设置计划", "Generate bulletin drafts and set schedules", RoleNames.Admin, RoleNames.HallManager),
        new(BulletinsPermissions.Bulletins.Publish, "发布和撤回通报", "Publish and withdraw bulletins", RoleNames.Admin, RoleNames.HallManager),
    ];
}
