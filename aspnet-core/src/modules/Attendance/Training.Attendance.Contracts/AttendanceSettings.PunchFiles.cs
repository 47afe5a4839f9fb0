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

        /// <summary>
        /// In a hall with more than one clock, minutes after a punch file before the hall's window holders without a
        /// punch on its days are judged absent: the other clocks' files usually follow within minutes, and their people
        /// are not absent. A hall with one clock judges them at once.
        /// </summary>
        public const string AbsenceDelayMinutes = "Attendance.PunchFiles.AbsenceDelayMinutes";
    }
}

public sealed class AttendancePunchFileSettingDefinitions : ISettingDefinitionProvider
{
    public IEnumerable<SettingDefinition> Define() =>
    [
        new(AttendanceSettings.PunchFiles.MaxLines, "1000000", SettingType.Int, "打卡文件最大行数", "Most lines in one punch file",
            Min: 1000, Max: 5_000_000),
        new(AttendanceSettings.PunchFiles.AbsenceDelayMinutes, "10", SettingType.Int, "多台考勤机时缺勤判定延后分钟数",
            "Minutes before absences are judged after a file, in a hall with several clocks", Min: 0, Max: 1440),
    ];
}
