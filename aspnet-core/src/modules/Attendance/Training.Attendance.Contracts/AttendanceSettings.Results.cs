using Training.SharedKernel.Settings;

namespace Training.Attendance;

/// <summary>The numbers the daily results are judged by; each may differ per hall.</summary>
public static partial class AttendanceSettings
{
    /// <summary>An in-punch up to this many minutes after the session starts is not late.</summary>
    public const string LateGraceMinutes = "Attendance.Results.LateGraceMinutes";

    /// <summary>An out-punch up to this many minutes before the session ends is not early leave.</summary>
    public const string EarlyGraceMinutes = "Attendance.Results.EarlyGraceMinutes";

    /// <summary>A pause of the window longer than this with no open whereabouts note is 擅自脱岗.</summary>
    public const string AllowedAwayMinutes = "Attendance.Results.AllowedAwayMinutes";

    /// <summary>More whereabouts notes in a day than this is 频繁离岗.</summary>
    public const string FrequentAbsenceCount = "Attendance.Results.FrequentAbsenceCount";

    /// <summary>How long before a session starts an in-punch still counts for it.</summary>
    public const string PunchEarlyWindowMinutes = "Attendance.Results.PunchEarlyWindowMinutes";

    /// <summary>How long after a session ends an out-punch still counts for it.</summary>
    public const string PunchLateWindowMinutes = "Attendance.Results.PunchLateWindowMinutes";
}

public sealed class AttendanceResultsSettingDefinitions : ISettingDefinitionProvider
{
    public IEnumerable<SettingDefinition> Define() =>
    [
        new(AttendanceSettings.LateGraceMinutes, "5", SettingType.Int, "迟到宽限分钟数", "Late grace minutes", PerHall: true, Min: 0, Max: 120),
        new(AttendanceSettings.EarlyGraceMinutes, "5", SettingType.Int, "早退宽限分钟数", "Early-leave grace minutes", PerHall: true, Min: 0, Max: 120),
        new(AttendanceSettings.AllowedAwayMinutes, "15", SettingType.Int, "暂停服务允许分钟数（超过且无去向留言为擅自脱岗）",
            "Allowed pause minutes (longer without a whereabouts note is off-post)", PerHall: true, Min: 1, Max: 240),
        new(AttendanceSettings.FrequentAbsenceCount, "3", SettingType.Int, "每日去向留言次数上限（超过为频繁离岗）",
            "Whereabouts notes a day before it counts as frequent absence", PerHall: true, Min: 1, Max: 50),
        new(AttendanceSettings.PunchEarlyWindowMinutes, "120", SettingType.Int, "上班打卡最早提前分钟数", "How early an in-punch counts (minutes)",
            PerHall: true, Min: 0, Max: 360),
        new(AttendanceSettings.PunchLateWindowMinutes, "240", SettingType.Int, "下班打卡最晚延后分钟数", "How late an out-punch counts (minutes)",
            PerHall: true, Min: 0, Max: 720),
    ];
}
