using Training.SharedKernel.Settings;

namespace Training.Attendance;

public static partial class AttendanceSettings
{
    /// <summary>Issue 11: a second approval by the hall manager when a request is longer than this many days.</summary>
    public const string LeaveSecondApprovalAboveDays = "Attendance.Leave.SecondApprovalAboveDays";

    /// <summary>职工带薪年休假条例 第三条: 1 to under 10 years of service give 5 days …</summary>
    public const string AnnualLeaveTier1Years = "Attendance.Leave.Annual.Tier1Years";
    public const string AnnualLeaveTier1Days = "Attendance.Leave.Annual.Tier1Days";

    /// <summary>… 10 to under 20 years give 10 days …</summary>
    public const string AnnualLeaveTier2Years = "Attendance.Leave.Annual.Tier2Years";
    public const string AnnualLeaveTier2Days = "Attendance.Leave.Annual.Tier2Days";

    /// <summary>… 20 years and more give 15 days.</summary>
    public const string AnnualLeaveTier3Years = "Attendance.Leave.Annual.Tier3Years";
    public const string AnnualLeaveTier3Days = "Attendance.Leave.Annual.Tier3Days";

    /// <summary>How far ahead a whereabouts note's expected return may lie.</summary>
    public const string NoteMaxHours = "Attendance.Notes.MaxHours";
}

public sealed class AttendanceAbsencesSettingDefinitions : ISettingDefinitionProvider
{
    private const string Regulation = "职工带薪年休假条例 第三条";

    public IEnumerable<SettingDefinition> Define() =>
    [
        new(AttendanceSettings.LeaveSecondApprovalAboveDays, "3", SettingType.Decimal, "请假超过该天数需中心负责人二级审批",
            "Leave longer than this many days needs the hall manager's second approval", PerHall: true, Min: 0, Max: 365,
            Source: "Issue 11: a second approval by the hall manager above N days"),
        new(AttendanceSettings.AnnualLeaveTier1Years, "1", SettingType.Int, "年休假第一档：累计工作满（年）", "Annual leave tier 1: years of service from",
            Min: 0, Max: 60, Source: Regulation),
        new(AttendanceSettings.AnnualLeaveTier1Days, "5", SettingType.Int, "年休假第一档天数", "Annual leave tier 1: days", Min: 0, Max: 60, Source: Regulation),
        new(AttendanceSettings.AnnualLeaveTier2Years, "10", SettingType.Int, "年休假第二档：累计工作满（年）", "Annual leave tier 2: years of service from",
            Min: 0, Max: 60, Source: Regulation),
        new(AttendanceSettings.AnnualLeaveTier2Days, "10", SettingType.Int, "年休假第二档天数", "Annual leave tier 2: days", Min: 0, Max: 60, Source: Regulation),
        new(AttendanceSettings.AnnualLeaveTier3Years, "20", SettingType.Int, "年休假第三档：累计工作满（年）", "Annual leave tier 3: years of service from",
            Min: 0, Max: 60, Source: Regulation),
        new(AttendanceSettings.AnnualLeaveTier3Days, "15", SettingType.Int, "年休假第三档天数", "Annual leave tier 3: days", Min: 0, Max: 60, Source: Regulation),
        new(AttendanceSettings.NoteMaxHours, "8", SettingType.Int, "去向留言预计返回最长（小时）", "Longest expected absence of a whereabouts note (hours)",
            Min: 1, Max: 24),
    ];
}
