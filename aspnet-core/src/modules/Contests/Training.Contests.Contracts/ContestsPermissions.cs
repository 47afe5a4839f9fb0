using Training.SharedKernel.Authorization;

namespace Training.Contests;

/// <summary>Contests's permissions: one class per module, nested by feature; the web app's constants are generated from them.</summary>
public static class ContestsPermissions
{
    public static class Overview
    {
        public const string Default = "Contests.Overview";
    }

    /// <summary>Contests of one's halls (read, enter, withdraw); organisers create, announce, run and publish them.</summary>
    public static class Contests
    {
        public const string Default = "Contests.Contests";
        public const string Enter = "Contests.Contests.Enter";
        public const string Manage = "Contests.Contests.Manage";
    }

    /// <summary>A unit lead nominates their unit's people, or enters its team.</summary>
    public static class Entries
    {
        public const string Nominate = "Contests.Entries.Nominate";
    }

    /// <summary>Scoring the rounds one is assigned to as a judge (the chief judge also corrects locked sheets).</summary>
    public static class Judging
    {
        public const string Default = "Contests.Judging";
    }

    /// <summary>The live leaderboard of a contest in one's scope.</summary>
    public static class Board
    {
        public const string Default = "Contests.Board";
    }
}

public sealed class ContestsPermissionDefinitions : IPermissionDefinitionProvider
{
    private const string Staff = RoleNames.Staff, Lead = RoleNames.WindowLead, Manager = RoleNames.HallManager,
        Organizer = RoleNames.ContestOrganizer, Judge = RoleNames.Judge, Admin = RoleNames.Admin;

    public IEnumerable<PermissionDefinition> Define() =>
    [
        new(ContestsPermissions.Overview.Default, "查看技能大赛概况", "View the Skill contests overview", Admin, Manager),
        new(ContestsPermissions.Contests.Default, "查看技能大赛", "View skill contests", RoleNames.All),
        new(ContestsPermissions.Contests.Enter, "报名参加技能大赛、退赛", "Enter a skill contest, withdraw", Staff, Lead),
        new(ContestsPermissions.Contests.Manage, "组织技能大赛（发布、报名、轮次、评委、颁奖）", "Organise skill contests (announce, entries, rounds, judges, awards)",
            Admin, Manager, Organizer),
        new(ContestsPermissions.Entries.Nominate, "推荐本单位人员或团队参赛", "Nominate the unit's people or team", Lead, Manager, Admin),
        new(ContestsPermissions.Judging.Default, "担任评委评分", "Score as a judge", Judge, Organizer, Manager, Admin),
        new(ContestsPermissions.Board.Default, "查看大赛实时排行榜", "View a contest's live leaderboard", RoleNames.All),
    ];
}
