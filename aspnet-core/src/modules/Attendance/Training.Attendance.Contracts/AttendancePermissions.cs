using Training.SharedKernel.Authorization;

namespace Training.Attendance;

/// <summary>Attendance's permissions: one class per module, nested by feature; the web app's constants are generated from them.</summary>
public static class AttendancePermissions
{
    /// <summary>One's own attendance: the month calendar, one's leave and balances, whereabouts notes.</summary>
    public static class My
    {
        public const string Default = "Attendance.My";
    }

    public static class Devices
    {
        public const string Default = "Attendance.Devices";
        public const string Manage = "Attendance.Devices.Manage";

        /// <summary>Held by a device signed in with its key: posts punches and post status.</summary>
        public const string Push = "Attendance.Devices.Push";
    }

    public static class Punches
    {
        public const string Default = "Attendance.Punches";
        public const string Import = "Attendance.Punches.Import";
    }

    public static class Timetables
    {
        public const string Default = "Attendance.Timetables";
        public const string Manage = "Attendance.Timetables.Manage";
    }

    public static class Leave
    {
        public const string Default = "Attendance.Leave";
        public const string Approve = "Attendance.Leave.Approve";
        public const string Manage = "Attendance.Leave.Manage";
    }

    /// <summary>The team board: who is at which window, who is out and why, who covers.</summary>
    public static class Board
    {
        public const string Default = "Attendance.Board";
    }

    public static class Results
    {
        public const string Default = "Attendance.Results";
        public const string Correct = "Attendance.Results.Correct";
        public const string CloseMonth = "Attendance.Results.CloseMonth";
    }
}

public sealed class AttendancePermissionDefinitions : IPermissionDefinitionProvider
{
    private const string Staff = RoleNames.Staff, Lead = RoleNames.WindowLead, Manager = RoleNames.HallManager,
        Hr = RoleNames.HR, Clerk = RoleNames.AttendanceClerk, Admin = RoleNames.Admin;

    public IEnumerable<PermissionDefinition> Define() =>
    [
        new(AttendancePermissions.My.Default, "我的考勤", "My attendance", RoleNames.All),
        new(AttendancePermissions.Devices.Default, "查看考勤设备", "View attendance devices", Admin, Manager, Clerk),
        new(AttendancePermissions.Devices.Manage, "管理考勤设备和人员对照", "Manage attendance devices and user mapping", Admin, Clerk),
        new(AttendancePermissions.Devices.Push, "考勤设备上报", "Attendance device reporting") { ForDevices = true },
        new(AttendancePermissions.Punches.Default, "查看打卡记录", "View punches", Admin, Manager, Clerk),
        new(AttendancePermissions.Punches.Import, "导入打卡记录", "Import punch files", Admin, Manager, Clerk),
        new(AttendancePermissions.Timetables.Default, "查看作息时间", "View timetables", Admin, Manager, Clerk, Lead),
        new(AttendancePermissions.Timetables.Manage, "维护作息时间和排班", "Edit timetables and shifts", Admin, Manager, Clerk),
        new(AttendancePermissions.Leave.Default, "查看请假记录", "View leave in scope", Admin, Manager, Clerk, Lead, Hr),
        new(AttendancePermissions.Leave.Approve, "审批请假", "Approve leave", Admin, Manager, Lead),
        new(AttendancePermissions.Leave.Manage, "维护假期类型和额度", "Manage leave types and balances", Admin, Manager, Clerk),
        new(AttendancePermissions.Board.Default, "查看在岗看板", "View the team board", Admin, Manager, Clerk, Lead),
        new(AttendancePermissions.Results.Default, "查看考勤结果和报表", "View attendance results and reports", Admin, Manager, Clerk, Lead, Hr),
        new(AttendancePermissions.Results.Correct, "更正考勤结果", "Correct attendance results", Admin, Manager, Clerk),
        new(AttendancePermissions.Results.CloseMonth, "考勤月结和重开", "Close and reopen attendance months", Admin, Manager),
    ];
}
