using Training.SharedKernel.Authorization;

namespace Training.Ratings;

/// <summary>Ratings's permissions: one class per module, nested by feature; the web app's constants are generated from them.</summary>
public static class RatingsPermissions
{
    /// <summary>One's own ratings (citizen data masked), one's bad-rating cases and appeals.</summary>
    public static class My
    {
        public const string Default = "Ratings.My";
    }

    /// <summary>Ratings and the dashboard within the caller's scope; leads attribute ratings no one could be sure of.</summary>
    public static class Ratings
    {
        public const string Default = "Ratings.Ratings";
        public const string Attribute = "Ratings.Ratings.Attribute";
    }

    /// <summary>The bad-rating workbench: verify, call back, rectify, reply, follow up, close.</summary>
    public static class Cases
    {
        public const string Default = "Ratings.Cases";
        public const string Handle = "Ratings.Cases.Handle";
    }

    public static class Appeals
    {
        public const string Default = "Ratings.Appeals";
        public const string Request = "Ratings.Appeals.Request";
        public const string Decide = "Ratings.Appeals.Decide";
    }

    /// <summary>The matter catalogue 事项, indicator tags, surveys and service efficiency records.</summary>
    public static class Catalogue
    {
        public const string Default = "Ratings.Catalogue";
        public const string Manage = "Ratings.Catalogue.Manage";
    }

    public static class Devices
    {
        public const string Default = "Ratings.Devices";
        public const string Manage = "Ratings.Devices.Manage";

        /// <summary>Held by a device signed in with its key: rating pads push ratings, case systems push service records.</summary>
        public const string Push = "Ratings.Devices.Push";
    }
}

public sealed class RatingsPermissionDefinitions : IPermissionDefinitionProvider
{
    private const string Staff = RoleNames.Staff, Lead = RoleNames.WindowLead, Manager = RoleNames.HallManager,
        Hr = RoleNames.HR, Admin = RoleNames.Admin;

    public IEnumerable<PermissionDefinition> Define() =>
    [
        new(RatingsPermissions.My.Default, "我的好差评", "My ratings", Staff, Lead),
        new(RatingsPermissions.Ratings.Default, "查看好差评和统计", "View ratings and their dashboard", Admin, Manager, Lead, Hr),
        new(RatingsPermissions.Ratings.Attribute, "认定评价对应的工作人员", "Attribute ratings to a staff member", Admin, Manager, Lead),
        new(RatingsPermissions.Cases.Default, "查看差评整改", "View bad-rating cases", Admin, Manager, Lead),
        new(RatingsPermissions.Cases.Handle, "办理差评（核实、回访、整改、答复）", "Handle bad-rating cases (verify, call back, rectify, reply)", Admin, Manager, Lead),
        new(RatingsPermissions.Appeals.Default, "查看差评申诉", "View appeals", Admin, Manager, Lead, Staff),
        new(RatingsPermissions.Appeals.Request, "提出差评申诉", "Appeal a rating", Staff, Lead),
        new(RatingsPermissions.Appeals.Decide, "裁定差评申诉", "Decide appeals", Admin, Manager),
        new(RatingsPermissions.Catalogue.Default, "查看事项、评价标签、满意度调查和服务效能", "View matters, tags, surveys and service efficiency", Admin, Manager, Lead, Hr),
        new(RatingsPermissions.Catalogue.Manage, "导入事项、满意度调查和服务效能，维护评价标签", "Import matters, surveys and service efficiency; edit tags", Admin, Manager),
        new(RatingsPermissions.Devices.Default, "查看评价器和办件系统", "View rating pads and case systems", Admin, Manager),
        new(RatingsPermissions.Devices.Manage, "登记评价器和办件系统", "Register rating pads and case systems", Admin, Manager),
        new(RatingsPermissions.Devices.Push, "评价器和办件系统上报", "Rating pad and case system reporting") { ForDevices = true },
    ];
}
