using Training.SharedKernel.Settings;

namespace Training.Attendance;

public static partial class AttendanceSettings
{
    /// <summary>How many days back (today included) the lead's home page counts anomalies still to review.</summary>
    public const string AnomalyReviewDays = "Attendance.Board.AnomalyReviewDays";
}

public sealed class AttendanceBoardSettingDefinitions : ISettingDefinitionProvider
{
    public IEnumerable<SettingDefinition> Define() =>
    [
        new(AttendanceSettings.AnomalyReviewDays, "7", SettingType.Int, "首页待复核考勤异常的天数", "Days of attendance anomalies to review on the home page",
            Min: 1, Max: 62),
    ];
}
