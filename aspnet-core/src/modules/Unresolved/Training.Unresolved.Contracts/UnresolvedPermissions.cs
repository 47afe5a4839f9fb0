using Training.SharedKernel.Authorization;

namespace Training.Unresolved;

/// <summary>Unresolved's permissions: one class per module, nested by feature; the web app's constants are generated from them.</summary>
public static class UnresolvedPermissions
{
    /// <summary>The module at a glance (the template's page; events waiting in the outbox).</summary>
    public static class Overview
    {
        public const string Default = "Unresolved.Overview";
    }

    /// <summary>
    /// 办不成事 cases: read within the scope (a unit's lead: the cases about their units, complainant hidden; staff: the
    /// cases they recorded); record at the window or hotline; handle (the guide's steps); supervise (效能督查科).
    /// </summary>
    public static class Cases
    {
        public const string Default = "Unresolved.Cases";
        public const string Record = "Unresolved.Cases.Record";
        public const string Handle = "Unresolved.Cases.Handle";
        public const string Supervise = "Unresolved.Cases.Supervise";
    }

    /// <summary>The liaison's inbox: the cases transferred to the receivers one is a liaison of, and answering them.</summary>
    public static class Transfers
    {
        public const string Default = "Unresolved.Transfers";
        public const string Answer = "Unresolved.Transfers.Answer";
    }

    /// <summary>The receivers cases are transferred to (departments, townships, the convenience centre) and their liaisons.</summary>
    public static class Receivers
    {
        public const string Default = "Unresolved.Receivers";
        public const string Manage = "Unresolved.Receivers.Manage";
    }

    /// <summary>The hall guides' duty roster 当日大厅巡导员.</summary>
    public static class Roster
    {
        public const string Default = "Unresolved.Roster";
        public const string Manage = "Unresolved.Roster.Manage";
    }

    /// <summary>Cases by category and unit, on-time rates per step.</summary>
    public static class Statistics
    {
        public const string Default = "Unresolved.Statistics";
    }
}

public sealed class UnresolvedPermissionDefinitions : IPermissionDefinitionProvider
{
    private const string Staff = RoleNames.Staff, Lead = RoleNames.WindowLead, Manager = RoleNames.HallManager,
        Guide = RoleNames.HallGuide, Liaison = RoleNames.Liaison, Hr = RoleNames.HR, Admin = RoleNames.Admin;

    public IEnumerable<PermissionDefinition> Define() =>
    [
        new(UnresolvedPermissions.Overview.Default, "查看办不成事概况", "View the Unresolved matters overview", Admin, Manager),
        new(UnresolvedPermissions.Cases.Default, "查看办不成事诉求（按数据范围）", "View unresolved-matter cases (within scope)", Admin, Manager, Guide, Lead, Staff, Hr),
        new(UnresolvedPermissions.Cases.Record, "登记办不成事诉求", "Record unresolved-matter cases", Admin, Manager, Guide, Lead, Staff),
        new(UnresolvedPermissions.Cases.Handle, "分类处办办不成事诉求（巡导员）", "Handle cases: classify, answer, transfer, follow up, close", Admin, Manager, Guide),
        new(UnresolvedPermissions.Cases.Supervise, "效能督查：投诉核查、回访不满意件答复", "Efficiency section: complaint checks and escalated cases", Admin, Manager),
        new(UnresolvedPermissions.Transfers.Default, "查看转办给本单位的诉求（联络员）", "View cases transferred to one's receivers (liaison)", Admin, Liaison),
        new(UnresolvedPermissions.Transfers.Answer, "答复转办诉求", "Answer transferred cases", Admin, Liaison),
        new(UnresolvedPermissions.Receivers.Default, "查看承办单位和联络员", "View receivers and their liaisons", Admin, Manager, Guide),
        new(UnresolvedPermissions.Receivers.Manage, "维护承办单位和联络员", "Manage receivers and their liaisons", Admin, Manager),
        new(UnresolvedPermissions.Roster.Default, "查看巡导员值班表", "View the hall guides' duty roster", Admin, Manager, Guide, Lead, Staff),
        new(UnresolvedPermissions.Roster.Manage, "排定巡导员值班表", "Edit the hall guides' duty roster", Admin, Manager),
        new(UnresolvedPermissions.Statistics.Default, "查看办不成事统计", "View unresolved-matter statistics", Admin, Manager, Guide, Hr),
    ];
}
