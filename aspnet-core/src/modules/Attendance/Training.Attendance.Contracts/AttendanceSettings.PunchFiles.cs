using Training.SharedKernel.Settings;

namespace Training.Attendance;

public static partial class AttendanceSettings
{
    public static class PunchFiles
    {
        /// <summary>
        /// Lines one punch file may hold (attlog and .csv; an .xlsx is also held to the platform's import limits). A
        /// month of a 1,000-person hall with four punches a day is about 90,000 lines.
        /// </summary>
        public const string MaxLines = "Attendance.PunchFiles.MaxLines";
    }
}

public sealed class AttendancePunchFileSettingDefinitions : ISettingDefinitionProvider
{
    public IEnumerable<SettingDefinition> Define() =>
    [
        new(AttendanceSettings.PunchFiles.MaxLines, "1000000", SettingType.Int, "打卡文件最大行数", "Most lines in one punch file",
            Min: 1000, Max: 5_000_000),
    ];
}
